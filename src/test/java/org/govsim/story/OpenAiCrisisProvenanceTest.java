package org.govsim.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.govsim.app.Results;
import org.govsim.app.StoryLine;
import org.govsim.app.TimelineService;
import org.govsim.timeline.TimelineStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What in the historical replay is history and what is model: each event's tier, and the claims the sources contest. */
class OpenAiCrisisProvenanceTest {

    static final Path SCENARIO = Path.of("scenarios/openai-2023-board-crisis.yaml");
    static TimelineStore store;
    static Results.Replay replay;
    static List<Results.ExportedEvent> exported;

    @BeforeAll
    static void replayTheCrisis() {
        store = TimelineStore.inMemory();
        TimelineService service = new TimelineService(store);
        replay = service.replay(SCENARIO, null);
        exported = service.export(replay.timeline());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void altmansRemovalIsAReportedFactThatAPolicyCarriesOut() {
        StoryLine removal = line("Sam Altman is removed as CEO");
        assertThat(removal.tier()).isEqualTo("reported");
        assertThat(removal.provenance()).startsWith("S14 at 11-17 12:00").contains("modelled by board-acts-are-carried-out");
    }

    @Test
    void brockmansQuitIsReportedAtItsHourAndItsTimingWasFittedToThatReport() {
        StoryLine quit = line("Greg Brockman quits");
        assertThat(quit.time()).startsWith("2023-11-17T16:09");
        assertThat(quit.tier()).isEqualTo("reported");
        assertThat(quit.provenance()).startsWith("S15 at 11-17 16:09")
                .contains("modelled by loyalists-quit", "Brockman's reaction time was fitted to this report");
    }

    @Test
    void termsNobodyPublishedAreAssumedNotSourced() {
        StoryLine terms = replay.narrative().stream().filter(l -> l.type().equals("SettlementProposed")).findFirst()
                .orElseThrow();
        assertThat(terms.tier()).isEqualTo("assumed");
        assertThat(terms.provenance()).contains("the terms", "context S19");
    }

    @Test
    void theLettersTalliesAreCalibratedToTheReportedCounts() {
        assertThat(replay.narrative()).filteredOn(l -> l.type().equals("LetterSigned")).isNotEmpty()
                .allSatisfy(l -> assertThat(l.tier() + " " + l.provenance())
                        .isEqualTo("calibrated by letter-spreads: the signing thresholds and rates fitted to the letter's"
                                + " counts on 11-20 (505, 650, 700, 738) (S13)"));
    }

    @Test
    void theVoteOfTheTwentyFirstIsModelledForNoSourceGivesItsTally() {
        StoryLine vote = replay.narrative().stream().filter(l -> l.type().equals("MotionCarried")
                && l.time().startsWith("2023-11-21")).findFirst().orElseThrow();
        assertThat(vote.tier()).isEqualTo("modelled");
        assertThat(line("Bret Taylor is elected").tier()).isEqualTo("reported");
    }

    @Test
    void everyExportedEventHasATierAndTheSummaryCountsThemAll() {
        assertThat(exported).allSatisfy(e -> assertThat(e.tier()).isIn("reported", "calibrated", "modelled", "assumed"));
        assertThat(replay.tiers()).containsOnlyKeys("reported", "calibrated", "modelled", "assumed", "what-if");
        assertThat(replay.tiers().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(replay.events());
        for (String tier : replay.tiers().keySet()) {
            assertThat(exported.stream().filter(e -> e.tier().equals(tier)).count()).as(tier)
                    .isEqualTo(replay.tiers().get(tier));
        }
        assertThat(replay.tiers().get("what-if")).isZero();
    }

    @Test
    void theFactSheetsContestedClaimsAreFlaggedWithTheirVersions() {
        List<String> flags = Stream.concat(
                replay.narrative().stream().flatMap(l -> l.contested().stream()),
                replay.checkpoints().stream().filter(c -> !c.contested().isEmpty())
                        .map(c -> "count at " + c.at() + ": " + String.join(" or ", c.contested()))).toList();
        assertThat(flags).anySatisfy(f -> assertThat(f).contains("how Brockman left", "removed", "steps down as chair"));
        assertThat(flags).anySatisfy(f -> assertThat(f).contains("how early", "one minute", "twenty minutes"));
        assertThat(flags).anySatisfy(f -> assertThat(f).contains("count at 2023-11-20T05:30", "no hour"));
        assertThat(flags).anySatisfy(f -> assertThat(f).contains("count at 2023-11-20T14:10", "738", "747"));
        assertThat(flags).anySatisfy(f -> assertThat(f).contains("the headcount", "770", "800"));
        assertThat(flags).anySatisfy(f -> assertThat(f).contains("the memo's date", "2025-12-01"));
        assertThat(flags).anySatisfy(f -> assertThat(f).contains("did the board agree", "in principle"));
    }

    @Test
    void aContestedClaimIsFlaggedOnlyWhereItsEventHappens() {
        assertThat(replay.narrative()).filteredOn(l -> l.contested().stream().anyMatch(c -> c.contains("twenty minutes")))
                .singleElement().satisfies(l -> assertThat(l.time()).startsWith("2023-11-17T12:27"));
    }

    private static StoryLine line(String text) {
        return replay.narrative().stream().filter(l -> l.text().contains(text)).findFirst().orElseThrow(
                () -> new AssertionError("no story line with '" + text + "'"));
    }
}
