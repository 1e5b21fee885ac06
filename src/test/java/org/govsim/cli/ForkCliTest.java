package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkCliTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String WHATIF = "scenarios/what-if/openai-2023/sutskever-stays-away.yaml";

    @TempDir
    Path dir;
    String data;

    @BeforeEach
    void history() {
        data = dir.resolve("data").toString();
        assertThat(Cli.run("replay", "scenarios/openai-2023-board-crisis.yaml", "--name", "history", "--data", data).code())
                .isZero();
    }

    @Test
    void forkDiffAndTheTreeWorkAcrossProcesses() throws Exception {
        Cli fork = Cli.inNewProcess("fork", "history", "--whatif", WHATIF, "--name", "away", "--data", data);
        assertThat(fork.code()).as(fork.err()).isZero();
        assertThat(fork.out()).contains("Branch 'away' of 'history'", "no quorum: 3 of 6 directors present, 4 needed");

        Cli state = Cli.inNewProcess("state", "away", "--format", "json", "--data", data);
        JsonNode s = JSON.readTree(state.out());
        assertThat(s.at("/state/ceo/holder").asText()).isEqualTo("altman");
        Cli earlier = Cli.run("state", "away", "--at", "20", "--format", "json", "--data", data);
        assertThat(JSON.readTree(earlier.out()).at("/state/board/chair").asText()).isEqualTo("brockman");

        Cli diff = Cli.inNewProcess("diff", "history", "away", "--data", data);
        assertThat(diff.code()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("Common ancestor: history", "First divergence at event 29", "Only in A",
                "Sam Altman returns as CEO");
        JsonNode d = JSON.readTree(Cli.run("diff", "history", "away", "--format", "json", "--data", data).out());
        assertThat(d.at("/firstDivergence/seq").asLong()).isEqualTo(29);
        assertThat(d.at("/outcome/a/ceoRemoved").asBoolean()).isTrue();
        assertThat(d.at("/outcome/b/ceoRemoved").asBoolean()).isFalse();

        Cli tree = Cli.run("timelines", "--data", data);
        assertThat(tree.out()).contains("history (read-only)", "└─ away (after event 28)");
        Cli mermaid = Cli.run("timelines", "--format", "mermaid", "--data", data);
        assertThat(mermaid.out()).startsWith("graph TD").contains("t_history -->|\"fork after event 28\"| t_away");
    }

    @Test
    void anOverrideOfAVotePutToEveryDirectorInOfficeIsRefusedWithTheFileLineAndField() throws IOException {
        Path whatIf = dir.resolve("override-all.yaml");
        Files.writeString(whatIf, "whatif: override-all\nscenario: " + Path.of("scenarios/openai-2023-board-crisis.yaml")
                .toAbsolutePath() + "\nquestion: q\nforkAt: {time: 2023-11-25T00:00}\noverride:\n"
                + "  - {vote: observer-seat, director: dangelo, decision: stays-away}\n");
        Cli fork = Cli.run("fork", "history", "--whatif", whatIf.toString(), "--data", data);
        assertThat(fork.code()).isEqualTo(2);
        assertThat(fork.err()).contains("override-all.yaml:6: override[0].vote:", "put to every director in office");
        assertThat(Cli.run("timelines", "--data", data).out()).doesNotContain("override-all");
    }

    @Test
    void aDryRunPrintsTheOutcomeAndStoresNothing() throws Exception {
        Cli dry = Cli.run("fork", "history", "--whatif", WHATIF, "--dry-run", "--format", "json", "--data", data);
        assertThat(dry.code()).as(dry.err()).isZero();
        JsonNode doc = JSON.readTree(dry.out());
        assertThat(doc.get("stored").asBoolean()).isFalse();
        assertThat(doc.at("/outcome/ceo/id").asText()).isEqualTo("altman");
        assertThat(timelines()).containsExactly("history");
    }

    @Test
    void aForkFromAWhatIfPrintsItsThingsToNoticeAfterTheOutcome() throws Exception {
        Cli dry = Cli.run("fork", "history", "--whatif", WHATIF, "--dry-run", "--data", data);
        assertThat(dry.code()).as(dry.err()).isZero();
        String out = dry.out();
        assertThat(out.indexOf("Things to notice:")).isGreaterThan(out.indexOf("Outcome:"));
        assertThat(out).contains("\n  - With the bylaws' quorum (a majority of the six directors)",
                "\n  - Try: add `bylaws.quorum: 2` under `set` and fork again.");
        assertThat(out.lines().filter(l -> l.startsWith("  - "))).hasSize(3);

        Path quiet = write("quiet.yaml", "whatif: quiet\nquestion: q\nforkAt: {before: {vote: remove-altman}}\n");
        Cli none = Cli.run("fork", "history", "--whatif", quiet.toString(), "--dry-run", "--data", data);
        assertThat(none.code()).as(none.err()).isZero();
        assertThat(none.out()).contains("Outcome:").doesNotContain("Things to notice");

        JsonNode doc = JSON.readTree(Cli.run("fork", "history", "--whatif", WHATIF, "--dry-run", "--format", "json",
                "--data", data).out());
        assertThat(doc.get("thingsToNotice")).hasSize(3);
    }

    @Test
    void aForkWithoutWhatIfAtAPointInsideAStepMovesToTheStepsEnd() throws Exception {
        Cli fork = Cli.run("fork", "history", "--at", "29", "--format", "json", "--data", data);
        JsonNode doc = JSON.readTree(fork.out());
        assertThat(doc.get("forkSeq").asLong()).isGreaterThan(29);
        assertThat(doc.get("note").asText()).contains("inside a step");
        Cli diff = Cli.run("diff", "history", doc.get("timeline").asText(), "--data", data);
        assertThat(diff.out()).contains("The timelines are identical.");
    }

    @Test
    void badForksExitTwoAndStoreNothing() throws IOException {
        expectBad(new String[]{"fork", "nope", "--at", "5"}, "no timeline named 'nope'");
        expectBad(new String[]{"fork", "history", "--at", "100000"}, "lies outside timeline 'history'");
        expectBad(new String[]{"fork", "history"}, "no fork point");
        Path broken = write("broken.yaml", "whatif: x\nquestion: [unclosed\n");
        expectBad(new String[]{"fork", "history", "--whatif", broken.toString()}, broken + ":");
        Path ghost = write("ghost.yaml", "whatif: ghost\nquestion: q\nforkAt: {before: {vote: remove-altman}}\n"
                + "override:\n  - {vote: remove-altman, director: ghost, decision: stays-away}\n");
        expectBad(new String[]{"fork", "history", "--whatif", ghost.toString()}, ghost + ":5: override[0].director: unknown person 'ghost'");
        Path late = write("late.yaml", "whatif: late\nquestion: q\nforkAt: {time: 2023-11-20T12:00}\n"
                + "remove:\n  - {vote: remove-altman}\n");
        expectBad(new String[]{"fork", "history", "--whatif", late.toString()}, late + ":5: remove[0]: no scripted step 'vote: remove-altman' is pending after the fork point");
        Path past = write("past.yaml", "whatif: past\nquestion: q\nforkAt: {time: 2023-11-20T12:00}\n"
                + "add:\n  - at: 2023-11-18T12:00\n    resign-board: {director: toner}\n");
        expectBad(new String[]{"fork", "history", "--whatif", past.toString()}, past + ":5: add[0].at: before the fork point");
        Path setting = write("setting.yaml", "whatif: s\nquestion: q\nforkAt: {seq: 28}\nset:\n  bylaws.quorom: 3\n");
        expectBad(new String[]{"fork", "history", "--whatif", setting.toString()}, "no parameter 'quorom'");
        Path stall = write("stall.yaml", "whatif: stall\nquestion: q\nforkAt: {seq: 28}\nset:\n  model.pressureTickHours: 0\n");
        expectBad(new String[]{"fork", "history", "--whatif", stall.toString()}, stall + ":5: set.model.pressureTickHours: must lie between 0.1 and 24");
    }

    private void expectBad(String[] args, String message) throws IOException {
        String[] full = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--data", data))
                .toArray(String[]::new);
        Cli c = Cli.run(full);
        assertThat(c.code()).as(c.err()).isEqualTo(2);
        assertThat(c.err()).contains(message);
        assertThat(timelines()).containsExactly("history");
    }

    private List<String> timelines() throws IOException {
        JsonNode list = JSON.readTree(Cli.run("timelines", "--format", "json", "--data", data).out());
        return java.util.stream.StreamSupport.stream(list.get("timelines").spliterator(), false).map(n -> n.get("name").asText()).toList();
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }
}
