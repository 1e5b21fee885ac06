package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {

    static final String SCENARIO = "scenarios/openai-2023-board-crisis.yaml";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void aReplayIsListedAndInspectableFromLaterProcesses() throws Exception {
        Cli replay = Cli.run("replay", SCENARIO, "--data", data.toString());
        assertThat(replay.code()).as(replay.err()).isZero();
        assertThat(replay.out()).contains("Motion carried", "Sam Altman returns as CEO", "· reported S14",
                "Stored as timeline 'openai-2023-board-crisis'");

        Cli list = Cli.inNewProcess("timelines", "--data", data.toString(), "--format", "json");
        assertThat(list.code()).as(list.err()).isZero();
        JsonNode timelines = JSON.readTree(list.out()).get("timelines");
        assertThat(timelines).hasSize(1);
        assertThat(timelines.get(0).get("name").asText()).isEqualTo("openai-2023-board-crisis");

        Cli state = Cli.inNewProcess("state", "openai-2023-board-crisis", "--at", "20", "--data", data.toString(),
                "--format", "json");
        assertThat(state.code()).as(state.err()).isZero();
        JsonNode s = JSON.readTree(state.out());
        assertThat(s.at("/seq").asLong()).isEqualTo(20);
        assertThat(s.at("/state/seq").asLong()).isEqualTo(20);
        assertThat(s.at("/state/ceo/holder").asText()).isEqualTo("altman");
        assertThat(s.at("/state/board/members")).hasSize(6);
        assertThat(s.at("/state/board/chair").asText()).isEqualTo("brockman");
        assertThat(s.at("/state/workforce/headcount").asInt()).isEqualTo(770);
        assertThat(s.at("/state/workforce/letterSignatures").asInt()).isZero();
        assertThat(s.at("/state/workforce/resigned").asInt()).isZero();
        assertThat(s.at("/state/investors/0/name").asText()).isEqualTo("Microsoft");
    }

    @Test
    void stateAtATimeAndAtTheEnd() {
        assertThat(Cli.run("replay", SCENARIO, "--data", data.toString(), "--name", "h").code()).isZero();
        Cli monday = Cli.run("state", "h", "--at-time", "2023-11-20T12:00", "--data", data.toString(), "--format", "json");
        assertThat(monday.code()).as(monday.err()).isZero();
        assertThat(monday.out()).contains("\"holder\" : \"shear\"");
        Cli end = Cli.run("state", "h", "--data", data.toString());
        assertThat(end.out()).contains("CEO: Sam Altman, reinstated", "chair Bret Taylor");
    }

    @Test
    void stateShowsTheBoardsSeatsVacanciesAndQuorumAsTheBylawsCountIt() throws Exception {
        assertThat(Cli.run("replay", SCENARIO, "--data", data.toString(), "--name", "seats").code()).isZero();
        Cli monday = Cli.run("state", "seats", "--at-time", "2023-11-20T12:00", "--data", data.toString());
        assertThat(monday.out()).contains(
                "Seats: 6 authorised, 2 vacant; quorum: a majority of the authorised seats, so 4 directors");
        JsonNode board = JSON.readTree(Cli.run("state", "seats", "--at-time", "2023-11-20T12:00", "--data",
                data.toString(), "--format", "json").out()).at("/state/board");
        assertThat(board.get("members")).hasSize(4);
        assertThat(board.get("seats").asInt()).isEqualTo(6);
        assertThat(board.get("vacancies").asInt()).isEqualTo(2);
        assertThat(board.get("quorum").asInt()).isEqualTo(4);
        JsonNode end = JSON.readTree(Cli.run("state", "seats", "--data", data.toString(), "--format", "json").out())
                .at("/state/board");
        assertThat(end.get("seats").asInt()).isEqualTo(3);
        assertThat(end.get("vacancies").asInt()).isZero();
        assertThat(end.get("quorum").asInt()).isEqualTo(2);
    }

    @Test
    void stateShowsTheStockholdersTheSuitsAndTheCashOfACaseThatHasThem() {
        assertThat(Cli.run("replay", "scenarios/uber-2017-investors-letter.yaml", "--data", data.toString(), "--name",
                "uber").code()).isZero();
        Cli august = Cli.run("state", "uber", "--at-time", "2017-08-20T12:00", "--data", data.toString());
        assertThat(august.out()).contains("class B common", "550,000,000 shares, 10 votes each", "Benchmark",
                "20.0% of the votes", "Benchmark Capital Partners VII v. Kalanick", "pending");
        assertThat(Cli.run("replay", "scenarios/wework-2019-the-financier-prevails.yaml", "--data", data.toString(),
                "--name", "wework").code()).isZero();
        Cli after = Cli.run("state", "wework", "--at-time", "2019-09-17T12:00", "--data", data.toString());
        assertThat(after.out()).contains("cash", "SoftBank's warrant", "$1,500M").doesNotContain("credit line");
    }

    @Test
    void exportWritesOneEventALineWithItsCauseAndSource() throws Exception {
        assertThat(Cli.run("replay", SCENARIO, "--data", data.toString(), "--name", "x").code()).isZero();
        Cli jsonl = Cli.run("export", "x", "--format", "jsonl", "--data", data.toString());
        String[] lines = jsonl.out().split("\n");
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.get("seq").asLong()).isEqualTo(1);
        assertThat(first.get("time").asText()).isEqualTo("2023-11-16T18:00-08:00");
        for (String field : new String[]{"aggregate", "type", "revision", "payload", "cause", "source"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(jsonl.out()).contains("\"type\":\"MotionCarried\"", "\"cause\":\"policy:letter-spreads\"");
        Cli csv = Cli.run("export", "x", "--format", "csv", "--data", data.toString());
        assertThat(csv.out()).startsWith("seq,time,aggregate,type,revision,payload,cause,source\n1,2023-11-16T18:00-08:00,simulation,");
        assertThat(csv.out().split("\n")).hasSize(lines.length + 1);
    }

    @Test
    void unknownTimelinesAndPointsOutsideTheTimelineAreBadInput() {
        assertThat(Cli.run("replay", SCENARIO, "--data", data.toString(), "--name", "y").code()).isZero();
        Cli unknown = Cli.run("state", "nope", "--data", data.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no timeline named 'nope'");
        Cli past = Cli.run("state", "y", "--at", "100000", "--data", data.toString());
        assertThat(past.code()).isEqualTo(2);
        assertThat(past.err()).contains("--at", "100000");
        Cli format = Cli.run("export", "y", "--format", "text", "--data", data.toString());
        assertThat(format.code()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"replay", "timelines", "state", "export", "fork", "diff", "show", "handout", "why", "rename", "sweep", "scenarios",
            "cases", "validate"})
    void everyCommandExplainsItself(String command) {
        Cli help = Cli.run(command, "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: govsim " + command);
    }

    @Test
    void casesListsEveryCaseLatestFirstWithItsDecisionsAndTheQuestionsOfItsWhatIfs() {
        Cli cases = Cli.run("cases");
        assertThat(cases.code()).as(cases.err()).isZero();
        String out = cases.out();
        assertThat(out.indexOf("The OpenAI board crisis")).isLessThan(out.indexOf("Disney's withhold vote"));
        assertThat(out).contains("(disney-2004-withhold-vote)", "America/New_York",
                "decide (board, the-board-on-03-03)", "what if: What if Institutional Shareholder Services had not",
                "decide (investor:microsoft, microsofts-offer-11-19)");
        Cli missing = Cli.run("cases", "no-such-directory");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("argument DIR", "no-such-directory is not a directory");
        Cli json = Cli.run("cases", "--format", "json");
        assertThat(json.code()).isZero();
        assertThat(json.out()).contains("\"cases\"", "\"decisions\"", "\"whatifs\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {SCENARIO, "seeds/openai-2023.yaml", "scenarios/what-if/openai-2023/brockman-invited.yaml",
            "scenarios/experiments/quorum-and-notice.yaml"})
    void validateChecksEveryKindOfFileWithoutStoring(String file) {
        Cli ok = Cli.run("validate", file, "--data", data.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains(file + ": ok");
        assertThat(Cli.run("timelines", "--data", data.toString()).out()).contains("No timelines yet");
    }
}
