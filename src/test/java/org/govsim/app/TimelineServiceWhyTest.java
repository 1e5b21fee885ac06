package org.govsim.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.govsim.ceo.CeoEvents.CeoAppointed;
import org.govsim.scenario.InputException;
import org.govsim.simulation.Recorded;
import org.govsim.timeline.Database;
import org.govsim.timeline.Replays;
import org.govsim.timeline.TimelineStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineServiceWhyTest {

    @TempDir
    Path data;

    @Test
    void theReturnTracesBackThroughTheConcessionAndThePressureToTheScriptedVote() {
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            var replay = new Replays(store).replay(Path.of("scenarios/openai-2023-board-crisis.yaml"), "t");
            long returned = replay.events().stream().filter(r -> r.event() instanceof CeoAppointed a && a.returning())
                    .mapToLong(Recorded::seq).findFirst().orElseThrow();

            CauseChain chain = new TimelineService(store).why("t", returned);

            assertThat(chain.links().get(0).seq()).isEqualTo(returned);
            assertThat(chain.links()).extracting(CauseChain.Link::type).containsSubsequence("CeoAppointed", "MotionCarried",
                    "DirectorYielded", "PressureMeasured", "CeoRemoved", "MotionCarried");
            assertThat(chain.links().get(chain.links().size() - 1).how()).contains("a step of the script");
            for (int i = 0; i + 1 < chain.links().size(); i++) {
                assertThat(chain.links().get(i + 1).seq()).as("causes come earlier").isLessThan(chain.links().get(i).seq());
            }
        }
    }

    @Test
    void aSeedFactIsItsOwnCauseAndEventsOutsideTheTimelineAreBadInput() {
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            new Replays(store).replay(Path.of("scenarios/openai-2023-board-crisis.yaml"), "t");
            TimelineService service = new TimelineService(store);
            assertThat(service.why("t", 3).links()).singleElement()
                    .satisfies(l -> assertThat(l.how()).startsWith("a fact of the seed world"));
            assertThatThrownBy(() -> service.why("t", 100_000)).isInstanceOf(InputException.class)
                    .satisfies(e -> assertThat(((InputException) e).field()).isEqualTo("seq"));
        }
    }
}
