package org.govsim.shareholders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.govsim.shareholders.ShareholderCommands.AdviseWithholding;
import org.govsim.shareholders.ShareholderCommands.CallMeeting;
import org.govsim.shareholders.ShareholderCommands.DeclareVote;
import org.govsim.shareholders.ShareholderCommands.HoldElection;
import org.govsim.shareholders.ShareholderCommands.LaunchWithholdCampaign;
import org.govsim.shareholders.ShareholderEvents.ElectionHeld;
import org.govsim.shareholders.ShareholderEvents.HolderRegistered;
import org.govsim.shareholders.ShareholderEvents.NomineeResult;
import org.govsim.shareholders.ShareholderEvents.ShareCapitalRegistered;
import org.govsim.shareholders.ShareholderEvents.ShareClass;
import org.govsim.simulation.Command;
import org.govsim.simulation.DomainEvent;
import org.junit.jupiter.api.Test;

/**
 * Stockholders with two classes (common, 1 vote; founder shares, 10 votes): a founder with 10 founder shares (100
 * votes), funds with 60 common shares who follow the adviser with half their votes, and retail holders with 40 who
 * follow the campaign with a quarter. Alice and Bob stand for election.
 */
class ShareholdersTest {

    static final Instant MEETING = Instant.parse("2024-03-03T15:30:00Z");

    private final Shareholders holders = new Shareholders();

    private Shareholders given(DomainEvent... events) {
        given(ShareCapitalRegistered("plurality"));
        for (DomainEvent e : events) {
            given(e);
        }
        return holders;
    }

    private void given(DomainEvent e) {
        holders.evolve(e, MEETING);
    }

    private static DomainEvent ShareCapitalRegistered(String election) {
        return new ShareCapitalRegistered(List.of(new ShareClass("common", "common stock", 100, 1),
                new ShareClass("founder", "founder shares", 10, 10)), election, "assumption");
    }

    private List<DomainEvent> when(Command c) {
        List<DomainEvent> out = holders.decide(c);
        out.forEach(this::given);
        return out;
    }

    private void registerHolders() {
        given(new HolderRegistered("founder", "the founder", Map.of("founder", 10L), Map.of(), null));
        given(new HolderRegistered("funds", "the funds", Map.of("common", 60L), Map.of("adviser", 0.5), null));
        given(new HolderRegistered("retail", "retail holders", Map.of("common", 40L), Map.of("campaign", 0.25), null));
        when(new CallMeeting("annual", "annual meeting", MEETING, List.of("alice", "bob")));
    }

    private ElectionHeld election() {
        return (ElectionHeld) when(new HoldElection("annual")).get(0);
    }

    private static NomineeResult of(ElectionHeld e, String person) {
        return e.results().stream().filter(r -> r.person().equals(person)).findFirst().orElseThrow();
    }

    @Test
    void votesFollowTheClassesVotesPerShareNotTheNumberOfShares() {
        given();
        registerHolders();
        assertThat(holders.votesOf(holders.holders().get("founder"))).isEqualTo(100);
        assertThat(holders.votesOf(holders.holders().get("funds"))).isEqualTo(60);
        assertThat(holders.totalVotes()).isEqualTo(200);
    }

    @Test
    void withoutAdviceEveryVoteGoesAsTheBoardRecommends() {
        given();
        registerHolders();
        ElectionHeld e = election();
        assertThat(e.results()).allMatch(r -> r.withheld() == 0 && r.votesFor() == 200 && r.elected());
    }

    @Test
    void holdersWithholdTheShareOfTheirVotesThatFollowsEachAdviceAgainstANominee() {
        given();
        registerHolders();
        when(new AdviseWithholding("adviser", "An Adviser", "annual", List.of("alice"), "pay"));
        when(new LaunchWithholdCampaign("campaign", "A Campaign", "annual", List.of("alice", "bob"), "go"));
        ElectionHeld e = election();
        // alice: half the funds' 60 and a quarter of retail's 40; bob: the campaign's quarter of retail's 40
        assertThat(of(e, "alice").withheld()).isEqualTo(40);
        assertThat(of(e, "bob").withheld()).isEqualTo(10);
        assertThat(of(e, "alice").withheldShare()).isEqualTo(0.2);
    }

    @Test
    void aDeclaredVoteOverridesTheHoldersLeaning() {
        given();
        registerHolders();
        when(new AdviseWithholding("adviser", "An Adviser", "annual", List.of("alice"), "pay"));
        when(new DeclareVote("funds", "annual", List.of("bob"), "their own view"));
        ElectionHeld e = election();
        assertThat(of(e, "alice").withheld()).isZero();
        assertThat(of(e, "bob").withheld()).isEqualTo(60);
    }

    @Test
    void underPluralityAWithheldVoteUnseatsNoOneButUnderMajorityVotingItCan() {
        given();
        registerHolders();
        when(new DeclareVote("founder", "annual", List.of("alice"), "a feud"));
        assertThat(of(election(), "alice").elected()).isTrue();

        Shareholders majority = new Shareholders();
        majority.evolve(ShareCapitalRegistered("majority"), MEETING);
        holders.holders().values().forEach(h -> majority.evolve(h, MEETING));
        majority.evolve(holders.meetings().get("annual"), MEETING);
        majority.evolve(new ShareholderEvents.HolderDeclared("founder", "annual", List.of("alice"), "a feud"), MEETING);
        ElectionHeld e = (ElectionHeld) majority.decide(new HoldElection("annual")).get(0);
        // 100 of 200 votes withheld: not more for than withheld
        assertThat(of(e, "alice").elected()).isFalse();
        assertThat(of(e, "bob").elected()).isTrue();
    }

    @Test
    void holdersWithAMajorityOfTheVotesActByWrittenConsentAndWithoutOneTheyDoNot() {
        given();
        registerHolders();
        // the founder's 100 votes are half of 200: not a majority
        assertThat(when(new ShareholderCommands.ActByConsent("c1", List.of("founder"), List.of("alice"), List.of())))
                .containsExactly(new ShareholderEvents.StockholderConsentFailed("c1", List.of("founder"), 100, 200,
                        "the signers hold 100 of 200 votes, not a majority (DGCL 228)"));
        assertThat(when(new ShareholderCommands.ActByConsent("c2", List.of("founder", "retail"), List.of("alice"),
                List.of("carol")))).containsExactly(new ShareholderEvents.StockholdersConsented("c2",
                List.of("founder", "retail"), 140, 200, List.of("alice"), List.of("carol")));
    }

    @Test
    void anElectionIsHeldOnceAndOnlyAtAMeetingThatWasCalled() {
        given();
        registerHolders();
        election();
        assertThat(holders.decide(new HoldElection("annual"))).isEmpty();
        assertThat(holders.decide(new HoldElection("special"))).isEmpty();
    }

    @Test
    void aLetterRecordsWhatItsSignersHoldOfTheStockAndOfTheVotes() {
        given();
        registerHolders();
        ShareholderEvents.HoldersLetterSent l = (ShareholderEvents.HoldersLetterSent) when(new ShareholderCommands.SendLetter(
                "l1", List.of("founder", "founder"), "alice", "ceo", "resign", MEETING)).get(0);
        // the founder's 10 of 110 shares carry 100 of 200 votes; a signer named twice counts once
        assertThat(l.holders()).containsExactly("founder");
        assertThat(l.shareOfStock()).isEqualTo(10.0 / 110);
        assertThat(l.shareOfVotes()).isEqualTo(0.5);
    }

    @Test
    void aHolderDesignatesDirectorsOnlyUnderARightAndNotOnceAJudgmentVoidedIt() {
        given();
        registerHolders();
        given(new ShareholderEvents.DesignationRightsGranted("founder", 2, List.of("alice"), "s1"));

        assertThat(when(new ShareholderCommands.DesignateDirector("funds", "carol"))).containsExactly(
                new ShareholderEvents.DesignationRefused("funds", "carol", "no right to designate directors was granted"));
        assertThat(when(new ShareholderCommands.DesignateDirector("founder", "carol"))).containsExactly(
                new ShareholderEvents.DirectorDesignated("founder", "carol", 2, List.of("alice", "carol")));

        when(new ShareholderCommands.VoidDesignationRights("founder", "the judgment in s1"));
        assertThat(when(new ShareholderCommands.DesignateDirector("founder", "dave"))).containsExactly(
                new ShareholderEvents.DesignationRefused("founder", "dave",
                        "the right to designate directors was voided (the judgment in s1)"));
    }

    @Test
    void oneShareOneVoteTakesTheFoundersMajorityAway() {
        given();
        registerHolders();
        assertThat(holders.votesOf(holders.holders().get("founder")) * 2).isEqualTo(holders.totalVotes());

        when(new ShareholderCommands.ChangeVotesPerShare("founder", 1, "one share, one vote"));

        assertThat(holders.votesOf(holders.holders().get("founder"))).isEqualTo(10);
        assertThat(holders.totalVotes()).isEqualTo(110);
        assertThat(when(new ShareholderCommands.ChangeVotesPerShare("founder", 1, "again"))).isEmpty();
    }
}
