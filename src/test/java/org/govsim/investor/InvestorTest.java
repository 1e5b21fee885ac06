package org.govsim.investor;

import org.govsim.investor.InvestorEvents.InvestorStoodDown;
import org.govsim.investor.InvestorCommands.StandDown;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.govsim.investor.InvestorCommands.BackCeo;
import org.govsim.investor.InvestorCommands.MakeOutsideOffer;
import org.govsim.investor.InvestorCommands.PressBoard;
import org.govsim.investor.InvestorCommands.WeighLegalAction;
import org.govsim.investor.InvestorEvents.BoardPressed;
import org.govsim.investor.InvestorEvents.CeoBacked;
import org.govsim.investor.InvestorEvents.InvestorRegistered;
import org.govsim.investor.InvestorEvents.LegalActionWeighed;
import org.govsim.investor.InvestorEvents.Leverage;
import org.govsim.investor.InvestorEvents.OutsideOfferMade;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An investor presses the board once, may escalate to weighing legal action once, and makes its offer once. */
class InvestorTest {

    private static final String ID = "backer";

    private FixtureConfiguration<Investor> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Investor.class);
    }

    /** Leverage 2.0 at alignment 0.5: the investor presses with a weight of 1.0. */
    static InvestorRegistered registered() {
        return new InvestorRegistered(ID, "Backer Corp", 1.0e10, 0.49, 0, new Leverage(1.0, 0.5, 0.5), 0.5, 2, 24,
                "assumption");
    }

    @Test
    void neutralInvestorPressesTheBoardWithItsLeverage() {
        fixture.given(registered())
                .when(new PressBoard(ID, "reinstate alice"))
                .expectEvents(new BoardPressed(ID, "reinstate alice", 1.0))
                .expectState(investor -> assertThat(investor.stance()).isEqualTo(Investor.Stance.PRESSING));
    }

    @Test
    void investorPressesOnlyOnce() {
        fixture.given(registered(), new BoardPressed(ID, "reinstate alice", 1.0))
                .when(new PressBoard(ID, "reinstate alice"))
                .expectNoEvents();
    }

    @Test
    void pressingInvestorWeighsLegalAction() {
        fixture.given(registered(), new BoardPressed(ID, "reinstate alice", 1.0))
                .when(new WeighLegalAction(ID))
                .expectEvents(new LegalActionWeighed(ID, 1.0))
                .expectState(investor -> assertThat(investor.stance()).isEqualTo(Investor.Stance.LEGAL_THREAT));
    }

    @Test
    void investorWeighsLegalActionOnlyOnce() {
        fixture.given(registered(), new BoardPressed(ID, "reinstate alice", 1.0), new LegalActionWeighed(ID, 1.0))
                .when(new WeighLegalAction(ID))
                .expectNoEvents();
    }

    @Test
    void investorWeighingLegalActionNoLongerMerelyPresses() {
        fixture.given(registered(), new LegalActionWeighed(ID, 1.0))
                .when(new PressBoard(ID, "reinstate alice"))
                .expectNoEvents();
    }

    @Test
    void investorMakesAnOutsideOffer() {
        fixture.given(registered())
                .when(new MakeOutsideOffer(ID, List.of("alice", "bob"), true, "lead a new unit"))
                .expectEvents(new OutsideOfferMade(ID, List.of("alice", "bob"), true, "lead a new unit"))
                .expectState(investor -> assertThat(investor.offerMade()).isTrue());
    }

    @Test
    void outsideOfferIsMadeOnlyOnce() {
        fixture.given(registered(), new OutsideOfferMade(ID, List.of("alice"), false, "lead a new unit"))
                .when(new MakeOutsideOffer(ID, List.of("alice", "bob"), true, "lead a new unit"))
                .expectNoEvents();
    }

    @Test
    void investorBacksTheCeoOnce() {
        fixture.given(registered())
                .when(new BackCeo(ID, "alice"))
                .expectEvents(new CeoBacked(ID, "alice"));
        new AggregateTestFixture<>(Investor.class)
                .given(registered(), new CeoBacked(ID, "alice"))
                .when(new BackCeo(ID, "alice"))
                .expectNoEvents();
    }

    @Test
    void investorStandsDownWhenWhatItPressedForIsMet() {
        fixture.given(registered(), new BoardPressed(ID, "reinstate alice", 1.0), new LegalActionWeighed(ID, 1.0))
                .when(new StandDown(ID, "reinstate alice", "alice is back as CEO"))
                .expectEvents(new InvestorStoodDown(ID, "reinstate alice", "alice is back as CEO"))
                .expectState(investor -> {
                    assertThat(investor.stance()).isEqualTo(Investor.Stance.NEUTRAL);
                    assertThat(investor.demand()).isNull();
                });
    }

    @Test
    void investorPressingForSomethingElseDoesNotStandDown() {
        fixture.given(registered(), new BoardPressed(ID, "reinstate bob", 1.0))
                .when(new StandDown(ID, "reinstate alice", "alice is back as CEO"))
                .expectNoEvents();
    }

    @Test
    void neutralInvestorHasNothingToStandDownFrom() {
        fixture.given(registered())
                .when(new StandDown(ID, "reinstate alice", "alice is back as CEO"))
                .expectNoEvents();
    }
}
