package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The historical replay as a governance teacher hands it out: short enough to read, in names and local times, each
 * thing said once, every tally there for whoever asks with --verbose.
 */
class TeachingStoryTest {

    static final String SCENARIO = "scenarios/openai-2023-board-crisis.yaml";
    static final String TIMELINE = "openai-2023-board-crisis";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    static String replay;
    static String story;
    static String verbose;
    static JsonNode lines;

    @BeforeAll
    static void replayTheCrisis() throws Exception {
        replay = ok("replay", SCENARIO);
        story = ok("story", TIMELINE);
        verbose = ok("story", TIMELINE, "--verbose");
        lines = JSON.readTree(ok("story", TIMELINE, "--format", "json")).get("lines");
    }

    @Test
    void theReplayFitsOnAHandoutOf140LinesNoneWiderThan120() {
        List<String> printed = replay.lines().toList();
        assertThat(printed).hasSizeLessThanOrEqualTo(140);
        assertThat(printed).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(120));
        assertThat(entries(replay)).hasSizeBetween(45, 70);
    }

    @Test
    void continuationLinesKeepToTheTextColumn() {
        String body = replay.substring(replay.indexOf("\n\n") + 2, replay.indexOf("\n\nReported figures"));
        for (String line : body.lines().toList()) {
            assertThat(line).as(line).matches(" {0,4}\\d+  (\\d\\d-\\d\\d \\d\\d:\\d\\d|\\d{4}-\\d\\d-\\d\\d ) {2}\\S.*"
                    + "| {20}\\S.*");
        }
        assertThat(replay).contains("Times are PST (America/Los_Angeles), in 2023");
    }

    @Test
    void theShortStoryShowsTheLettersMilestonesAndVerboseEveryTally() {
        int tallies = count(verbose, "more sign the letter");
        assertThat(tallies).isEqualTo(countLines(l -> l.get("text").asText().contains("more sign the letter")));
        assertThat(tallies).isGreaterThan(25);
        assertThat(count(story, "more sign the letter")).isZero();
        assertThat(story).contains("(past a quarter)", "(past half)", "(past three quarters)", "past 90%",
                "(the last count)");
        // the replay knows when counts were reported, and keeps the model's count at each of those times
        assertThat(count(replay, "the time of a reported count")).isEqualTo(4);
        assertThat(count(replay, "staff have signed the letter")).isBetween(6, 10);
        assertThat(replay).contains("Reported figures against the run:");
    }

    @Test
    void jsonKeepsEveryLineWithItsTierProvenanceAndHowTheShortStoryTellsIt() {
        assertThat(lines).hasSize(entries(verbose).size());
        for (JsonNode line : lines) {
            assertThat(line.get("tier").asText()).isIn("reported", "calibrated", "modelled", "assumed", "what-if");
            assertThat(line.get("provenance").isTextual() && line.get("type").isTextual()).isTrue();
            assertThat(line.has("brief") && line.has("toldWith") && line.get("contested").isArray()).isTrue();
        }
        assertThat(countLines(l -> !l.get("brief").isNull())).isEqualTo(entries(story).size());
        assertThat(story).contains("Events by provenance: reported ");
    }

    @Test
    void noLineCarriesARawIdOrAUtcTime() {
        for (JsonNode line : lines) {
            for (String text : new String[] {line.get("text").asText(), line.get("brief").asText("")}) {
                assertThat(text).doesNotContainPattern("\\d\\d:\\d\\d(:\\d\\d)?Z")
                        .doesNotContainPattern("\\b(microsoft|thrive|khosla|others)\\b")
                        .doesNotContainPattern("\\b(altman|brockman|sutskever|dangelo|mccauley|toner|murati|shear)\\b")
                        .doesNotContainPattern("\\b(ceo|cto|coo)\\b");
            }
        }
        assertThat(replay).contains("Microsoft presses the board", "to be CEO", "deadline 11-18 17:00 PST",
                "deadline 11-19 17:00 PST");
        assertThat(oneLine(verbose)).contains("to be CEO", "CTO Mira Murati", "COO Brad Lightcap");
    }

    @Test
    void theFirstVotesNoteIsSaidOnceForBothDirectorsAndSaysWhatTheyLacked() {
        assertThat(count(verbose, "no notice of this board meeting")).isEqualTo(1);
        assertThat(oneLine(verbose)).contains("Sam Altman and Greg Brockman had no notice of this board meeting; the "
                + "bylaws require none").doesNotContain("was not told of the meeting");
    }

    @Test
    void muratisAppointmentIsToldOnce() {
        assertThat(count(replay, "Murati interim CEO") + count(replay, "Murati becomes interim CEO")
                + count(replay, "Murati named interim CEO")).isEqualTo(1);
    }

    @Test
    void settlementTermsAndTheCounterOfferReadByEyeAndTheLapseIsTheModelsState() {
        String terms = oneLine(replay);
        assertThat(terms).contains("Terms on the table from Microsoft: Altman as CEO; Altman and Brockman join the board; "
                + "Sutskever, D'Angelo, McCauley and Toner leave it; deadline 11-18 17:00 PST");
        assertThat(terms).contains("The terms lapse at the deadline: in the model no director backs the terms yet; 3 of 4 "
                + "would have to").doesNotContain("had given way");
        assertThat(terms).contains("The board counters, through Adam D'Angelo: the holdout nearest to giving way keeps a seat",
                "Sam Altman accepts the board's counter-offer in principle: 2 of 4 directors would vote for it, 1 for his own");
        assertThat(terms).contains("Motion carried: the board's counter-offer, accepted by Sam Altman (Altman as CEO; Taylor"
                + " and Summers join the board; Taylor as chair; Sutskever, McCauley and Toner leave it;");
        assertThat(oneLine(verbose)).contains("Ilya Sutskever leaves the board under the board's counter-offer, accepted by Sam Altman");
    }

    @Test
    void thriveLedATenderOfferAndNoSumItCommittedIsGiven() {
        String seeds = oneLine(replay);
        assertThat(seeds).contains("Thrive Capital, leading an employee tender offer of about $1B at about $86B valuation")
                .doesNotContain("Thrive Capital, $1B");
    }

    @Test
    void aBranchWhereNobodyReturnedTellsNoReturn() {
        String branch = ok("fork", TIMELINE, "--whatif", "scenarios/what-if/openai-2023/sutskever-stays-away.yaml",
                "--dry-run");
        String told = branch.substring(0, branch.indexOf("\nOutcome:"));
        assertThat(told).doesNotContainPattern("(?i)return|reinstat|back as CEO|code red");
        assertThat(replay).contains("code red", "Sam Altman, reinstated");
    }

    // ---- reading the printed story ----

    /** The story's entries: lines that begin with an event's number. */
    static List<String> entries(String printed) {
        return printed.lines().filter(l -> l.matches(" {0,4}\\d+  \\d.*")).toList();
    }

    /** The printed story with each entry's wrapped lines joined again. */
    static String oneLine(String printed) {
        return printed.replaceAll("\n {20,}+(?!why:|contested:)", " ");
    }

    static int count(String text, String phrase) {
        Matcher m = Pattern.compile(Pattern.quote(phrase)).matcher(oneLine(text));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static int countLines(java.util.function.Predicate<JsonNode> test) {
        int n = 0;
        for (JsonNode l : lines) {
            n += test.test(l) ? 1 : 0;
        }
        return n;
    }

    static String ok(String... args) {
        return Cli.ok(data, args);
    }
}
