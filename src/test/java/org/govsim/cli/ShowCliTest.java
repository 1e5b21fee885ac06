package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govsim show}: a stored story again, all of it or the lines of a stretch of time, an actor or a tier. */
class ShowCliTest {

    static final String SCENARIO = "scenarios/openai-2023-board-crisis.yaml";
    static final ObjectMapper JSON = new ObjectMapper();

    /** A verbose story's entry: event, date and hour, zone, actor; then its text. */
    static final Pattern ENTRY = Pattern.compile(" {0,4}(\\d+)  (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d) \\S+  (\\S+) .*");

    @TempDir
    static Path data;

    @BeforeAll
    static void aStoredHistory() {
        Cli replay = Cli.run("replay", SCENARIO, "--name", "history", "--data", data.toString());
        assertThat(replay.code()).as(replay.err()).isZero();
    }

    @Test
    void anActorFilterPrintsOnlyThatActorsLines() {
        List<Entry> all = entries(ok("show", "history", "--verbose"));
        assertThat(all).extracting(Entry::actor).contains("board", "ceo", "workforce");

        List<Entry> workforce = entries(ok("show", "history", "--verbose", "--actor", "workforce"));
        assertThat(workforce).isNotEmpty().allSatisfy(e -> assertThat(e.actor()).isEqualTo("workforce"));
        assertThat(workforce).hasSize((int) all.stream().filter(e -> e.actor().equals("workforce")).count());
    }

    @Test
    void aLineTheShortStoryFoldsIntoAnotherActorsActIsToldOnItsOwn() {
        String whole = ok("show", "history");
        String ceo = ok("show", "history", "--actor", "ceo");
        // the whole short story tells the removal with the board's vote; the CEO's own lines tell it by itself
        assertThat(whole).doesNotContain("Sam Altman is removed as CEO");
        assertThat(ceo).contains("Sam Altman is removed as CEO", "Emmett Shear becomes interim CEO")
                .doesNotContain("Motion carried");
    }

    @Test
    void aTierFilterPrintsOnlyLinesOfThatTier() throws Exception {
        String reported = ok("show", "history", "--verbose", "--tier", "reported");
        List<String> blocks = blocks(reported);
        assertThat(blocks).isNotEmpty().allSatisfy(b -> assertThat(b).containsPattern("why: .*\\breported\\b")
                .doesNotContain("· modelled", "· calibrated", "· assumed"));
        assertThat(blocks(ok("show", "history", "--verbose"))).anySatisfy(b -> assertThat(b).contains("· modelled"));

        JsonNode lines = JSON.readTree(ok("show", "history", "--tier", "modelled", "--format", "json")).get("lines");
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l.get("tier").asText()).isEqualTo("modelled"));
    }

    @Test
    void fromAndToBoundTheTimesInTheCasesZoneOrAtAnOffset() {
        List<Entry> sunday = entries(ok("show", "history", "--verbose", "--from", "2023-11-19T00:00", "--to",
                "2023-11-19T23:59"));
        assertThat(sunday).isNotEmpty().allSatisfy(e -> assertThat(e.time()).startsWith("2023-11-19 "));
        assertThat(entries(ok("show", "history", "--verbose"))).filteredOn(e -> e.time().startsWith("2023-11-19 "))
                .hasSameSizeAs(sunday);

        // 08:00 UTC is midnight in Pacific time
        List<Entry> atOffset = entries(ok("show", "history", "--verbose", "--from", "2023-11-19T08:00Z", "--to",
                "2023-11-20T07:59Z"));
        assertThat(atOffset).isEqualTo(sunday);

        String monday = ok("show", "history", "--from", "2023-11-20T00:00", "--to", "2023-11-20T23:59");
        assertThat(monday).contains("Reported figures against the run:", "11-20 05:30  reported  505")
                .doesNotContain("11-21 ");
    }

    @Test
    void theFiltersCombine() {
        List<Entry> some = entries(ok("show", "history", "--verbose", "--actor", "workforce", "--tier", "calibrated",
                "--from", "2023-11-20T06:00", "--to", "2023-11-20T09:00"));
        assertThat(some).isNotEmpty().allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("workforce");
            LocalDateTime t = LocalDateTime.parse(e.time().replace(' ', 'T'));
            assertThat(t).isBetween(LocalDateTime.parse("2023-11-20T06:00"), LocalDateTime.parse("2023-11-20T09:00"));
        });
    }

    @Test
    void storyStillTellsTheSameAsShow() {
        assertThat(ok("story", "history", "--actor", "board")).isEqualTo(ok("show", "history", "--actor", "board"));
        assertThat(ok("story", "history")).isEqualTo(ok("show", "history"));
    }

    @Test
    void anUnknownTierIsRefusedNamingTheOptionAndTheTiers() {
        Cli run = Cli.run("show", "history", "--tier", "rumoured", "--data", data.toString());
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--tier", "'rumoured'", "reported, calibrated, modelled, assumed, what-if");
    }

    @Test
    void aBadTimeOrAnUnknownActorIsRefusedNamingTheOption() {
        Cli from = Cli.run("show", "history", "--from", "yesterday", "--data", data.toString());
        assertThat(from.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(from.err()).contains("option --from", "'yesterday'");
        Cli to = Cli.run("show", "history", "--to", "2023-11-31T09:00", "--data", data.toString());
        assertThat(to.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(to.err()).contains("option --to");
        Cli backwards = Cli.run("show", "history", "--from", "2023-11-20T00:00", "--to", "2023-11-19T00:00", "--data",
                data.toString());
        assertThat(backwards.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(backwards.err()).contains("option --to", "before");
        Cli actor = Cli.run("show", "history", "--actor", "shareholders", "--data", data.toString());
        assertThat(actor.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(actor.out()).isEmpty();
        assertThat(actor.err()).contains("option --actor", "'shareholders'", "board", "workforce");
    }

    record Entry(long seq, String time, String actor) {
    }

    static List<Entry> entries(String printed) {
        List<Entry> out = new ArrayList<>();
        for (String line : printed.lines().toList()) {
            Matcher m = ENTRY.matcher(line);
            if (m.matches()) {
                out.add(new Entry(Long.parseLong(m.group(1)), m.group(2), m.group(3)));
            }
        }
        return out;
    }

    /** Each entry of a verbose story with the lines that continue it. */
    static List<String> blocks(String printed) {
        List<String> out = new ArrayList<>();
        for (String line : printed.lines().toList()) {
            if (ENTRY.matcher(line).matches()) {
                out.add(line);
            } else if (!out.isEmpty() && line.startsWith(" ".repeat(20))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + line.strip());
            } else if (!out.isEmpty() && !line.isBlank()) {
                break;
            }
        }
        return out;
    }

    static String ok(String... args) {
        return Cli.ok(data, args);
    }
}
