package org.govsim.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.govsim.policy.PolicyFixture.INVESTOR;

import org.govsim.board.BoardEvents.ReasonsPublished;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.investor.InvestorEvents.BoardPressed;
import org.junit.jupiter.api.Test;

class PressureGaugeTest {

    @Test
    void anInvestorPressingTheBoardWeighsItsLeverageAsFarAsItSidesWithTheCeo() {
        // leverage 1.0 + 0.5 + 0.5, alignment 0.5
        PolicyFixture world = PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"), new BoardPressed(INVESTOR, "reinstate Alice", 1.0));
        assertThat(PressureGauge.read(world.world()).components()).containsEntry("investor/" + INVESTOR, 1.0);
    }

    @Test
    void anInvestorPressesLessHardAgainstReasonsThatWouldConvinceANeutralReader() {
        PolicyFixture world = PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"), new ReasonsPublished(0.6, "evidence"),
                        new BoardPressed(INVESTOR, "reinstate Alice", 1.0));
        assertThat(PressureGauge.read(world.world()).components().get("investor/" + INVESTOR))
                .isCloseTo(0.4, within(1e-9));
    }
}
