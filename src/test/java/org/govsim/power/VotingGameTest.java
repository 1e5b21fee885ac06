package org.govsim.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The indices of published games, and what a board voting by head count gives. */
class VotingGameTest {

    private static VotingGame game(int quota, int... weights) {
        Map<String, Integer> w = new LinkedHashMap<>();
        for (int i = 0; i < weights.length; i++) {
            w.put("v" + (i + 1), weights[i]);
        }
        return new VotingGame(w, quota);
    }

    @Test
    void twoLargePartiesAndASmallOneHaveAThirdOfThePowerEach() {
        VotingGame g = game(51, 49, 49, 2);
        assertThat(g.banzhaf().values()).allSatisfy(p -> assertThat(p).isCloseTo(1 / 3.0, within(1e-12)));
        assertThat(g.shapleyShubik().values()).allSatisfy(p -> assertThat(p).isCloseTo(1 / 3.0, within(1e-12)));
    }

    @Test
    void aVoterWhoIsNeverPivotalHasNoPowerWhateverTheirVotes() {
        VotingGame g = game(12, 4, 4, 4, 2, 2, 1);
        assertThat(g.banzhaf().get("v6")).isZero();
        assertThat(g.shapleyShubik().get("v6")).isZero();
        assertThat(g.banzhaf().get("v1")).isGreaterThan(g.banzhaf().get("v4"));
    }

    @Test
    void eachIndexSharesOutAllThePower() {
        VotingGame g = game(8, 5, 3, 2, 2, 1);
        assertThat(g.banzhaf().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-12));
        assertThat(g.shapleyShubik().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-12));
    }

    @Test
    void theUnitedNationsSecurityCouncilGivesEachPermanentMemberAboutAFifth() {
        // five permanent members with a veto and ten elected: 9 votes carry, and every permanent member must be among
        // them; weighted as 7 each for the five and 1 each for the ten, with a quota of 39 (Shapley-Shubik 0.1963)
        int[] w = new int[15];
        for (int i = 0; i < 15; i++) {
            w[i] = i < 5 ? 7 : 1;
        }
        VotingGame g = game(39, w);
        assertThat(g.shapleyShubik().get("v1")).isCloseTo(0.1963, within(0.0001));
        assertThat(g.shapleyShubik().get("v6")).isCloseTo(0.00186, within(0.00001));
    }

    @Test
    void aBoardVotingByHeadCountGivesEveryDirectorPresentTheSameShare() {
        VotingGame g = VotingGame.oneVoteEach(List.of("sutskever", "dangelo", "mccauley", "toner"), 3);
        assertThat(g.banzhaf().values()).containsOnly(0.25);
        assertThat(g.shapleyShubik().values()).allSatisfy(p -> assertThat(p).isCloseTo(0.25, within(1e-12)));
    }

    @Test
    void moreThanFifteenVotersOrAQuotaBeyondTheVotesAreRefused() {
        assertThatThrownBy(() -> game(9, new int[16])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 15 voters");
        assertThatThrownBy(() -> game(8, 3, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from 1 to the 7 votes");
    }
}
