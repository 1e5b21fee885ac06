package org.govsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.govsim.simulation.Model;
import org.junit.jupiter.api.Test;

/** Which recorded policy sets today's model resumes: every earlier version's, and no set it does not know. */
class GovernanceModelTest {

    private static final List<String> VERSION_2_ADDED = List.of("shareholders-rebuke-the-board",
            "nominees-not-elected-leave-the-board", "ultimatums-are-kept", "stockholders-seat-the-board");

    @Test
    void resumesAStreamOfTheFirstVersionAndOneWithoutAStamp() {
        assertThat(GovernanceModel.incompatibility(GovernanceModel.standard(), GovernanceModel.first())).isEmpty();
        assertThat(GovernanceModel.incompatibility(GovernanceModel.standard(), null)).isEmpty();
    }

    @Test
    void resumesAStreamOfTheSecondVersionWhosePoliciesAreAllStillRunInOrder() {
        List<String> second = new ArrayList<>(GovernanceModel.first().policies());
        second.addAll(VERSION_2_ADDED);

        assertThat(GovernanceModel.incompatibility(GovernanceModel.standard(), new Model.Stamp("2", second))).isEmpty();
    }

    @Test
    void refusesAStreamWhosePoliciesRanInAnotherOrderOrAreUnknown() {
        List<String> swapped = new ArrayList<>(GovernanceModel.first().policies());
        swapped.addAll(List.of("nominees-not-elected-leave-the-board", "shareholders-rebuke-the-board"));
        List<String> unknown = new ArrayList<>(GovernanceModel.first().policies());
        unknown.add("directors-seek-counsel");

        assertThat(GovernanceModel.incompatibility(GovernanceModel.standard(), new Model.Stamp("2", swapped)))
                .hasValueSatisfying(why -> assertThat(why).contains("model version 2"));
        assertThat(GovernanceModel.incompatibility(GovernanceModel.standard(), new Model.Stamp("9", unknown))).isPresent();
        // no version ever recorded the first list and only one of the later policies
        List<String> gap = new ArrayList<>(GovernanceModel.first().policies());
        gap.add("letters-are-weighed");
        assertThat(GovernanceModel.incompatibility(GovernanceModel.standard(), new Model.Stamp("9", gap))).isPresent();
    }
}
