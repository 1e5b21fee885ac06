package org.govsim.timeline;

import org.govsim.model.GovernanceModel;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.govsim.scenario.ScenarioLoader;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.Simulation;
import org.govsim.simulation.Steps;
import org.govsim.simulation.World;
import org.junit.jupiter.api.Test;

class SnapshotsTest {

    @Test
    void aRestoredWorldGoesOnExactlyAsTheFoldedOne() {
        List<Recorded> run = Replays.run(ScenarioLoader.load(Path.of("scenarios/openai-2023-board-crisis.yaml")));
        for (int point : new int[]{1, 12, 50, 120, 200, 300, run.size() - 2}) {
            int at = (int) Steps.stepEnd(run, point);
            World folded = new World();
            run.subList(0, at).forEach(folded::apply);
            World restored = Snapshots.of(GovernanceModel.standard()).read(Snapshots.of(GovernanceModel.standard()).write(folded));
            assertThat(Snapshots.of(GovernanceModel.standard()).write(restored)).isEqualTo(Snapshots.of(GovernanceModel.standard()).write(folded));
            List<Recorded> rest = new ArrayList<>();
            Simulation.resume(restored, GovernanceModel.standard(), rest::add).runToEnd();
            assertThat(rest).as("resumed after event %d", at).isEqualTo(run.subList(at, run.size()));
        }
    }
}
