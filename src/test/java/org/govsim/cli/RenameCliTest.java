package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenameCliTest {

    @TempDir
    Path dir;
    String data;

    @BeforeEach
    void historyAndABranch() {
        data = dir.resolve("data").toString();
        assertThat(Cli.run("replay", "scenarios/openai-2023-board-crisis.yaml", "--name", "history", "--data", data).code())
                .isZero();
        assertThat(Cli.run("fork", "history", "--at", "28", "--name", "away", "--data", data).code()).isZero();
    }

    @Test
    void aRenamedParentKeepsItsBranch() throws Exception {
        Cli rename = Cli.run("rename", "history", "board-crisis", "--data", data);
        assertThat(rename.code()).as(rename.err()).isZero();
        assertThat(rename.out()).contains("Renamed timeline 'history' to 'board-crisis'.");

        Cli tree = Cli.inNewProcess("timelines", "--data", data);
        assertThat(tree.out()).contains("board-crisis (read-only)", "└─ away (after event 28)").doesNotContain("history");
        Cli diff = Cli.run("diff", "board-crisis", "away", "--data", data);
        assertThat(diff.code()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("Common ancestor: board-crisis");
        Cli state = Cli.run("state", "away", "--at", "20", "--format", "json", "--data", data);
        assertThat(state.code()).as(state.err()).isZero();
        assertThat(Cli.run("state", "history", "--data", data).code()).isEqualTo(Main.BAD_INPUT);
    }

    @Test
    void unknownTakenOrMalformedNamesAreBadInput() {
        Cli unknown = Cli.run("rename", "nope", "other", "--data", data);
        assertThat(unknown.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.err()).contains("argument OLD: no timeline named 'nope'");
        Cli taken = Cli.run("rename", "away", "history", "--data", data);
        assertThat(taken.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(taken.err()).contains("argument NEW: a timeline named 'history' already exists");
        Cli malformed = Cli.run("rename", "away", "far away", "--data", data);
        assertThat(malformed.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(malformed.err()).contains("argument NEW: 'far away' is not a name; a name has 1 to 100 letters, digits");
        assertThat(Cli.run("timelines", "--data", data).out()).contains("history (read-only)", "└─ away (after event 28)");
    }
}
