package org.govsim.auditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govsim.model.GovernanceModel;
import org.govsim.narrative.Narrator;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.simulation.Model;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.ScenarioPlan;
import org.govsim.simulation.Simulation;
import org.govsim.simulation.World;
import org.govsim.timeline.Codec;
import org.govsim.timeline.Database;
import org.govsim.timeline.Replays;
import org.govsim.timeline.Snapshots;
import org.govsim.timeline.StateView;
import org.govsim.timeline.TimelineInfo;
import org.govsim.timeline.TimelineStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An actor defined here and registered in one line shows in the stream, the store, the state, the story and snapshots. */
class PluggedInActorTest {

    static final Model MODEL = GovernanceModel.standard().withActor(Auditor.KIND)
            .withPolicy(new Auditor.WatchesTheBoard(), "1+auditor");

    @TempDir
    Path data;

    @Test
    void anActorFromOutsideMainPlaysAlongAndIsStoredToldShownAndSnapshotted() throws Exception {
        ScenarioPlan plan = audited();
        List<Recorded> events = Replays.run(plan, MODEL);

        try (TimelineStore store = TimelineStore.open(Database.h2(data), MODEL)) {
            TimelineInfo info = TimelineInfo.replay("audited", plan.id(), plan.title(), plan.seed(), events.size());
            store.save(info, events);
            List<Recorded> read = store.events(info);
            assertThat(read).isEqualTo(events);
            assertThat(read).anyMatch(r -> r.event() instanceof Auditor.ConcernRaised c
                    && c.about().equals("the removal of altman") && r.cause().equals("policy:auditor-watches-the-board"));

            World end = store.worldAt(info, info.events());
            Map<String, Object> state = StateView.of(MODEL, end);
            assertThat(state).containsKey("auditor");
            assertThat(state.get("auditor").toString()).contains("Hobbs & Co.", "the removal of altman");

            byte[] snapshot = Snapshots.of(MODEL).write(end);
            World restored = Snapshots.of(MODEL).read(snapshot);
            assertThat(restored.actor(Auditor.KIND).concerns()).containsExactly("the removal of altman");
            assertThat(Snapshots.of(MODEL).write(restored)).isEqualTo(snapshot);
        }

        assertThat(Narrator.tell(events)).extracting(Narrator.Line::text)
                .contains("Hobbs & Co. audits the company", "The auditor raises a concern about the removal of Sam Altman");
        String exported = Codec.of(MODEL).objectMapper().writeValueAsString(events.stream()
                .filter(r -> r.aggregate().equals("auditor")).map(Recorded::event).toList());
        assertThat(exported).contains("Hobbs & Co.", "the removal of altman");
    }

    @Test
    void aResumedRunOfTheExtendedModelGoesOnAsTheFoldedOne() {
        ScenarioPlan plan = audited();
        List<Recorded> whole = new ArrayList<>();
        Simulation.begin(plan, MODEL, whole::add).runToEnd();
        int at = (int) org.govsim.simulation.Steps.stepEnd(whole, 60);
        List<Recorded> rest = new ArrayList<>();
        World folded = new World();
        whole.subList(0, at).forEach(folded::apply);
        Simulation.resume(Snapshots.of(MODEL).read(Snapshots.of(MODEL).write(folded)), MODEL, rest::add).runToEnd();
        assertThat(rest).isEqualTo(whole.subList(at, whole.size()));
    }

    /** The historical scenario with one more seed fact: the auditor's appointment. */
    private static ScenarioPlan audited() {
        ScenarioPlan base = ScenarioLoader.load(Path.of("scenarios/openai-2023-board-crisis.yaml"));
        List<ScenarioPlan.SeedFact> seed = new ArrayList<>(base.seedWorld());
        seed.add(new ScenarioPlan.SeedFact(new Auditor.AuditorAppointed("Hobbs & Co."), "assumed"));
        return new ScenarioPlan(base.id(), base.title(), base.seed(), base.zone(), base.start(), base.horizon(),
                base.parameters(), seed, base.script());
    }
}
