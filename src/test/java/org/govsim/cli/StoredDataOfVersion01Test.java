package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory written by govsim 0.1 (src/test/resources/fixtures/v0.1, with what that version printed of it)
 * opens with this version and means the same: the same state, the same story, the same comparison, the same forks.
 * Its events were stored under Java class names without revisions; the upcasters carry them to today's types.
 */
class StoredDataOfVersion01Test {

    static final Path FIXTURE = Path.of("src/test/resources/fixtures/v0.1");
    static final String REPLAY = "openai-2023-board-crisis";
    static final String BRANCH = "openai-2023-board-crisis-sutskever-stays-away";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @BeforeEach
    void copyTheFixture() throws IOException {
        Files.copy(FIXTURE.resolve("data/govsim.mv.db"), data.resolve("govsim.mv.db"));
    }

    @Test
    void everyTimelineShowsTheSameStateAsVersion01Printed() throws IOException {
        for (String timeline : List.of(REPLAY, BRANCH, "late-fork")) {
            assertThat(state(ok("state", timeline, "--format", "json"))).as(timeline)
                    .isEqualTo(JSON.readTree(fixture(timeline + ".state.json")));
        }
        assertThat(state(ok("state", REPLAY, "--at", "120", "--format", "json")))
                .isEqualTo(JSON.readTree(fixture(REPLAY + ".state-120.json")));
    }

    /**
     * The state as 0.1 printed it, now under "state" of a versioned document. A pending action now shows the event that
     * set it off; 0.1 recorded none, so each is null. The board now shows its seats, vacancies and quorum, which 0.1
     * did not print: the seats are those it was constituted with, each seat not filled is vacant; nor each director's
     * voting power.
     */
    private static JsonNode state(String json) throws IOException {
        JsonNode document = JSON.readTree(json);
        assertThat(document.get("schemaVersion").asInt()).isEqualTo(1);
        JsonNode state = document.get("state");
        state.get("pending").forEach(action -> assertThat(((ObjectNode) action).remove("trigger").isNull()).isTrue());
        ObjectNode board = (ObjectNode) state.get("board");
        int seats = board.remove("seats").asInt();
        assertThat(seats).isEqualTo(6);
        assertThat(board.remove("vacancies").asInt()).isEqualTo(seats - board.get("members").size());
        assertThat(board.remove("quorum").asInt()).isEqualTo(board.get("members").size() / 2 + 1);
        assertThat(board.remove("quorumRule").asText()).isEqualTo("quorum: a majority of the serving directors");
        // each director's voting power, which 0.1 did not print either: one vote each, so an equal share each
        int inOffice = board.get("members").size();
        assertThat(board.remove("votingPower").asText()).isEqualTo("a motion at a meeting of the " + inOffice
                + " directors in office: " + (inOffice / 2 + 1) + " votes carry it");
        board.get("directors").forEach(d -> {
            double share = Math.round(10_000.0 / inOffice) / 10_000.0;
            assertThat(((ObjectNode) d).remove("banzhaf").asDouble()).isEqualTo(share);
            assertThat(((ObjectNode) d).remove("shapleyShubik").asDouble()).isEqualTo(share);
        });
        return state;
    }

    /**
     * Lines whose wording has since changed for readers: names for ids, roles in capitals, local times for deadlines,
     * a note said once for all it concerns, lists that read by eye, the lapse as the model's state, a director giving
     * way said in fewer words. By what 0.1 printed.
     */
    static final List<String> REWORDED = List.of("OpenAI, Inc.:", "The board:", "CEO: ", "committed;", "Motion carried:",
            "presses the board", "Terms on the table", "The board lets the terms lapse", "weighs legal action", " offers ",
            "more sign the letter", "to be ceo", "is appointed", "resigns from the board:", "is granted a non-voting",
            "gives way under pressure");

    static boolean reworded(String text0) {
        return REWORDED.stream().anyMatch(text0::contains);
    }

    @Test
    void theStoredReplayTellsTheSameStory() throws IOException {
        JsonNode printed = JSON.readTree(fixture(REPLAY + ".replay.json")).get("narrative");
        JsonNode told = JSON.readTree(ok("story", REPLAY, "--format", "json")).get("lines");
        assertThat(told).hasSameSizeAs(printed);
        for (int i = 0; i < told.size(); i++) {
            ObjectNode now = (ObjectNode) told.get(i);
            // a story line now names the event that set it off (0.1 recorded none, so every one is null), its type,
            // its provenance and how the short story tells it
            assertThat(now.remove("causedBy").isNull()).isTrue();
            now.remove(List.of("type", "tier", "provenance", "contested", "brief", "toldWith"));
            ObjectNode then = (ObjectNode) printed.get(i);
            if (reworded(then.get("text").asText())) {
                then.remove("text");
                assertThat(now.remove("text").asText()).as("line %s", now.get("seq")).doesNotContain("microsoft ", " ceo",
                        " cto", "T01:00:00Z", "was not told");
            }
            assertThat(now).isEqualTo(then);
        }
    }

    @Test
    void theBranchComparesAsItDidAndForksTheSameWay() throws IOException {
        List<String> diffNow = ok("diff", REPLAY, BRANCH).lines().toList();
        List<String> diffThen = fixture("diff.txt").lines().toList();
        assertThat(diffNow).hasSameSizeAs(diffThen);
        for (int i = 0; i < diffNow.size(); i++) {
            // a story line's event, time and actor as 0.1 printed them; its words unless they have since changed
            String then = diffThen.get(i);
            if (reworded(then)) {
                assertThat(diffNow.get(i)).startsWith(then.substring(0, Math.min(then.length(), 50)));
            } else {
                assertThat(diffNow.get(i)).isEqualTo(then);
            }
        }
        String fork = ok("fork", REPLAY, "--whatif", "scenarios/what-if/openai-2023/sutskever-stays-away.yaml",
                "--format", "json", "--dry-run");
        // the fork record has since gained a schema version, the what-if's question and things to notice, the time
        // zone and the check, and gives its outcome keyed by ids, whose labelled rows the text prints; all else is as
        // 0.1 printed it
        ObjectNode now = (ObjectNode) JSON.readTree(fork);
        now.remove(List.of("schemaVersion", "question", "thingsToNotice", "zone", "check", "outcome"));
        now.get("narrative").forEach(line -> ((ObjectNode) line).remove(List.of("causedBy", "type", "tier", "provenance",
                "contested", "brief", "toldWith")));
        ObjectNode then = (ObjectNode) JSON.readTree(fixture("sutskever.fork.json"));
        JsonNode outcome = then.remove("outcome");
        assertThat(now).isEqualTo(then);
        String text = ok("fork", REPLAY, "--whatif", "scenarios/what-if/openai-2023/sutskever-stays-away.yaml", "--dry-run");
        outcome.fields().forEachRemaining(row -> assertThat(text).containsPattern(
                "\n  " + java.util.regex.Pattern.quote(row.getKey()) + " +" + java.util.regex.Pattern.quote(row.getValue().asText()) + "\n"));
    }

    @Test
    void whyStillFollowsActionsBackWhereVersion01RecordedNoTriggers() {
        String why = ok("why", REPLAY, "390");
        assertThat(why).contains("carried out action", "did not record what it answered");
    }

    /**
     * Today's scenario ships another random seed (the median of 200), its seed states the board's seats and quorum base,
     * and the agreement of 11-21 comes from the board's counter-offer: the runs differ from the first event on, and end
     * the same but for the letter's count, a draw of the seed, and the investors: 0.1 left them pressing after the
     * CEO's return, today they stand down once the CEO they demanded is back.
     */
    @Test
    void aReplayOfTodayEndsAsTheRunStoredBy01() {
        ok("replay", "scenarios/openai-2023-board-crisis.yaml", "--name", "today");
        String diff = ok("diff", REPLAY, "today");
        assertThat(diff).contains("First divergence at event 1:", "; 6 seats; quorum: a majority of the authorised seats");
        String table = diff.substring(diff.indexOf("B: today\n") + "B: today\n".length(), diff.indexOf("\n\n", diff.indexOf("B: today")));
        assertThat(table.lines()).hasSize(11).allSatisfy(row -> assertThat(row).as("A and B alike")
                .matches(row.startsWith("  investor ") ? "  investor .+?\\s{2,}(?:pressing|legal threat)(.*?)\\s{3,}neutral\\1\\s+\\*"
                        : row.startsWith("  signed the letter ") ? "  signed the letter\\s+7\\d\\d\\s+7\\d\\d.*"
                        : "  \\S.*?\\s{2,}(.+?)\\s{3,}\\1"));
        assertThat(table).contains("  investor ");
    }

    /** The export differs from 0.1's only by the recorded changes of shape, each an upcaster, and the added action. */
    @Test
    void theExportDiffersOnlyByTheUpcastChanges() throws IOException {
        for (String timeline : List.of(REPLAY, BRANCH)) {
            List<String> then = Files.readAllLines(FIXTURE.resolve(timeline + ".jsonl"));
            String[] now = ok("export", timeline, "--format", "jsonl").split("\n");
            assertThat(now).hasSize(then.size());
            for (int i = 0; i < now.length; i++) {
                // the export has since gained each event's action, which the store kept all along, and its provenance,
                // which derives from the event's cause and source where the stream carries no reports
                ObjectNode event = (ObjectNode) JSON.readTree(now[i]);
                assertThat(event.remove("action").isIntegralNumber()).isTrue();
                assertThat(event.get("tier").asText()).isIn("reported", "modelled", "assumed", "what-if");
                event.remove(List.of("tier", "provenance", "contested"));
                assertThat(event).as("%s event %d", timeline, i + 1).isEqualTo(upcast(then.get(i)));
            }
        }
    }

    /** The line as text first: in 0.1 a conditional step repeats the key "command", which a tree would merge. */
    private static JsonNode upcast(String line) throws IOException {
        String type = JSON.readTree(line).get("type").asText();
        if (type.equals("ActionScheduled") || type.equals("ActionReplaced")) {
            line = line.replaceAll("([{,])\"command\":\"", "$1\"@command\":\"");
        }
        ObjectNode copy = (ObjectNode) JSON.readTree(line);
        ObjectNode payload = (ObjectNode) copy.get("payload");
        copy.put("revision", type.equals("BoardConstituted") ? "4"
                : List.of("ActionScheduled", "ActionReplaced", "SimulationStarted").contains(type) ? "3"
                : List.of("LetterSigned", "BylawsAmended", "SettlementProposed", "DirectorYielded", "InvestorRegistered",
                "WorkforceFormed", "WorkforceProfileChanged")
                .contains(type) ? "2" : "1");
        switch (type) {
            case "LetterSigned" -> payload.set("signatures", payload.remove("total"));
            // 0.1 recorded neither the model nor what the sources report: a stream with no reports
            case "SimulationStarted" -> payload.putNull("model").set("reports", JSON.createObjectNode()
                    .<ObjectNode>set("facts", JSON.createArrayNode()).<ObjectNode>set("calibrations", JSON.createArrayNode())
                    .<ObjectNode>set("contested", JSON.createArrayNode()).set("checkpoints", JSON.createArrayNode()));
            case "InvestorRegistered" -> payload.putNull("note");
            // 0.1 gave each threshold band exactly its share of the staff
            case "WorkforceFormed" -> payload.put("draw", "quota");
            case "WorkforceProfileChanged" -> ((ObjectNode) payload.get("profile")).put("draw", "quota");
            case "ActionScheduled" -> payload.putNull("trigger");
            // 0.1 did not record what moved a director
            case "DirectorYielded" -> payload.set("movedBy", JSON.createObjectNode());
            case "BoardConstituted", "BylawsAmended" -> {
                ((ObjectNode) payload.get("bylaws")).put("quorumOf", "DIRECTORS_IN_OFFICE")
                        .put("seats", 0).put("consentOnlyByThoseWhoCouldMeet", false);
                // directors had no allies in 0.1, and weighed every kind of pressure alike
                if (payload.get("directors") != null) {
                    payload.get("directors").forEach(d -> ((ObjectNode) d).putNull("alliedWith").set("weights",
                            JSON.createObjectNode().put("investors", 1.0).put("staff", 1.0).put("colleagues", 1.0)));
                }
            }
            default -> {
            }
        }
        withSeatsInTerms(payload);
        return copy;
    }

    /** Settlement terms, in an event or a scheduled command, have since named the board's seats: none in 0.1. */
    private static void withSeatsInTerms(JsonNode node) {
        if (node.get("terms") instanceof ObjectNode terms) {
            terms.putNull("seats");
        }
        node.forEach(StoredDataOfVersion01Test::withSeatsInTerms);
    }

    private String ok(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString()));
        Cli run = Cli.run(all.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return run.out();
    }

    private static String fixture(String name) throws IOException {
        return Files.readString(FIXTURE.resolve(name));
    }
}
