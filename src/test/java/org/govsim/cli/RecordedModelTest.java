package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.govsim.model.GovernanceModel;
import org.govsim.simulation.Model;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.govsim.timeline.Database;
import org.govsim.timeline.Replays;
import org.govsim.timeline.TimelineStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run records its model; a branch plays on only with the policies that produced its parent. */
class RecordedModelTest {

    /** A policy today's model does not have. */
    static final class Cautious implements Policy {
        public String name() { return "directors-seek-counsel"; }

        public void react(Recorded event, World world, Reactions out) {
        }
    }

    @TempDir
    Path data;

    @Test
    void aTimelineOfAnotherPolicySetIsNotForkedButReadAsEver() {
        Model other = GovernanceModel.standard().withPolicy(new Cautious(), "2");
        try (TimelineStore store = TimelineStore.open(Database.h2(data), other)) {
            var replay = new Replays(store).replay(Path.of("scenarios/openai-2023-board-crisis.yaml"), "later-model");
            assertThat(replay.events().get(0).event().toString()).contains("directors-seek-counsel");
        }

        Cli fork = Cli.run("fork", "later-model", "--at", "100", "--data", data.toString());
        assertThat(fork.code()).isEqualTo(2);
        assertThat(fork.err()).contains("argument TIMELINE", "cannot play timeline 'later-model' on",
                "model version 2", "directors-seek-counsel", "this govsim runs version " + GovernanceModel.VERSION);
        assertThat(Cli.run("timelines", "--data", data.toString()).out()).doesNotContain("later-model-fork");

        Cli story = Cli.run("story", "later-model", "--data", data.toString());
        assertThat(story.code()).as(story.err()).isZero();
        assertThat(story.out()).contains("Sam Altman returns as CEO");
    }

    @Test
    void aTimelineOfTodaysModelForksAndRecordsItsModel() {
        assertThat(Cli.run("replay", "scenarios/openai-2023-board-crisis.yaml", "--data", data.toString()).code()).isZero();
        Cli fork = Cli.run("fork", "openai-2023-board-crisis", "--at", "100", "--dry-run", "--data", data.toString());
        assertThat(fork.code()).as(fork.err()).isZero();
        Cli first = Cli.run("export", "openai-2023-board-crisis", "--format", "jsonl", "--data", data.toString());
        assertThat(first.out().lines().findFirst().orElseThrow())
                .contains("\"model\":{\"version\":\"" + GovernanceModel.VERSION + "\",\"policies\":[\"board-acts-are-carried-out\"");
    }
}
