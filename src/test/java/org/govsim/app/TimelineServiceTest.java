package org.govsim.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.govsim.scenario.InputException;
import org.govsim.timeline.Database;
import org.govsim.timeline.TimelineStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The use cases as any adapter calls them: plain requests in, records out, no command line in between. */
class TimelineServiceTest {

    static final Path SCENARIO = Path.of("scenarios/openai-2023-board-crisis.yaml");
    static final Path STAYS_AWAY = Path.of("scenarios/what-if/openai-2023/sutskever-stays-away.yaml");

    @TempDir
    Path data;

    TimelineStore store;
    TimelineService service;

    @BeforeEach
    void open() {
        store = TimelineStore.open(Database.h2(data));
        service = new TimelineService(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aReplayIsStoredToldAndComparedWithTheReportedCounts() {
        Results.Replay replay = service.replay(SCENARIO, null);
        assertThat(replay.timeline()).isEqualTo("openai-2023-board-crisis");
        assertThat(replay.zone()).isEqualTo("America/Los_Angeles");
        assertThat(replay.narrative()).extracting(StoryLine::text).contains("Sam Altman returns as CEO, replacing Emmett Shear");
        StoryLine back = replay.narrative().stream().filter(l -> l.text().startsWith("Sam Altman returns as CEO"))
                .findFirst().orElseThrow();
        assertThat(replay.narrative()).filteredOn(l -> l.seq() == back.causedBy()).singleElement()
                .satisfies(l -> assertThat(l.text()).startsWith("Motion carried: the board's counter-offer"));
        assertThat(replay.checkpoints()).hasSize(4).allSatisfy(c -> assertThat(Math.abs(c.deviationPercent())).isLessThan(5));
        assertThat(replay.outcome().ceo()).isEqualTo(new Results.Person("altman", "Sam Altman"));
        assertThat(replay.outcome().ceoRemoved()).isTrue();
        assertThat(replay.outcome().ceoReturnedAt()).startsWith("2023-11-2").endsWith("-08:00");
        assertThat(replay.outcome().investors()).containsKey("microsoft");
        assertThat(service.timelines()).extracting(Results.Timeline::name).containsExactly("openai-2023-board-crisis");
        // the same lines; only the replay knows the reported checkpoints, whose nearest counts its short story keeps
        assertThat(service.story("openai-2023-board-crisis").lines()).usingRecursiveFieldByFieldElementComparatorIgnoringFields(
                "brief", "toldWith").isEqualTo(replay.narrative());
        assertThat(replay.tiers().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(replay.events());
        assertThat(service.export("openai-2023-board-crisis")).hasSize((int) replay.events());
    }

    @Test
    void stateIsReadAtAnEventOrAtALocalTime() {
        service.replay(SCENARIO, "t");
        Results.State monday = service.state("t", null, "2023-11-20T12:00");
        assertThat(monday.time()).startsWith("2023-11-20T").endsWith("-08:00");
        assertThat(monday.state()).containsKey("board");
        assertThat(monday.summary().get(0)).contains("Emmett Shear");
        assertThat(service.state("t", 20L, null).seq()).isEqualTo(20);
    }

    @Test
    void aForkIsADryRunOrAStoredBranchThatDiffsFromItsParent() {
        service.replay(SCENARIO, "t");
        Results.Fork dry = service.fork(new TimelineService.ForkRequest("t", null, null, STAYS_AWAY, null, true));
        assertThat(dry.stored()).isFalse();
        assertThat(dry.outcome().table()).containsEntry("CEO returned", "never removed");
        assertThat(dry.outcome().ceoRemoved()).isFalse();
        assertThat(dry.check()).as("no check was asked").isNull();
        assertThat(service.timelines()).hasSize(1);

        Results.Fork plain = service.fork(new TimelineService.ForkRequest("t", 100L, null, null, null, true));
        assertThat(plain.narrative()).as("lines set off before the fork name the parent's event")
                .anySatisfy(l -> assertThat(l.causedBy()).isNotNull().isLessThanOrEqualTo(plain.forkSeq()));

        Results.Fork stored = service.fork(new TimelineService.ForkRequest("t", null, null, STAYS_AWAY, "away", false));
        assertThat(stored.stored()).isTrue();
        assertThat(stored.parent()).isEqualTo("t");
        Results.Diff diff = service.diff("t", "away");
        assertThat(diff.commonAncestor()).isEqualTo("t");
        assertThat(diff.firstDivergence().seq()).isEqualTo(stored.forkSeq() + 1);
        assertThat(diff.table().get("CEO returned").b()).isEqualTo("never removed");
        assertThat(diff.outcome().a().ceoRemoved()).isTrue();
        assertThat(diff.outcome().b().ceoRemoved()).isFalse();

        Results.Timeline renamed = service.rename("away", "sutskever-away");
        assertThat(renamed.parent()).isEqualTo("t");
        assertThat(service.story("sutskever-away").lines()).isNotEmpty();
    }

    @Test
    void badRequestsNameTheirFieldNotAnOption() {
        service.replay(SCENARIO, "t");
        assertThat(field(() -> service.state("t", 1L, "2023-11-20T12:00"))).isEqualTo("at");
        assertThat(field(() -> service.state("t", 100_000L, null))).isEqualTo("at");
        assertThat(field(() -> service.state("t", null, "Monday noon"))).isEqualTo("atTime");
        assertThat(field(() -> service.state("nope", null, null))).isEqualTo("timeline");
        assertThat(field(() -> service.fork(new TimelineService.ForkRequest("t", 100L, null, null, "bad name", false))))
                .isEqualTo("name");
        assertThat(field(() -> service.replay(SCENARIO, "t"))).isEqualTo("name");
        assertThat(field(() -> service.rename("t", "t/2"))).isEqualTo("new");
    }

    private static String field(Runnable call) {
        try {
            call.run();
        } catch (InputException e) {
            assertThat(e.inRequest()).as(e.getMessage()).isTrue();
            assertThat(e.getMessage()).doesNotContain("--");
            return e.field();
        }
        throw new AssertionError("no error");
    }

    @Test
    void anUnknownTimelineIsBadInput() {
        assertThatThrownBy(() -> service.story("nope")).isInstanceOf(InputException.class).hasMessageContaining("nope");
    }
}
