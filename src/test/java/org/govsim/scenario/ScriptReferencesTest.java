package org.govsim.scenario;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What steps name of each other is checked when a scenario is read: a reference to nothing would change an outcome
 * silently. Each case edits a shipped scenario in one place and expects an error at that line and field.
 */
class ScriptReferencesTest {

    @TempDir
    Path dir;

    private Path edited(String scenario, String seed, String from, String to) throws IOException {
        String text = Files.readString(Path.of("scenarios", scenario))
                .replace("seed: ../seeds/" + seed, "seed: " + Path.of("seeds", seed).toAbsolutePath());
        if (!text.contains(from)) {
            throw new IllegalStateException("the scenario no longer holds: " + from);
        }
        Path file = dir.resolve(scenario);
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    @Test
    void anAdviceForAMeetingNobodySetIsRefused() throws IOException {
        Path file = edited("disney-2004-withhold-vote.yaml", "disney-2004.yaml",
                "      adviser: iss\n      name: Institutional Shareholder Services\n      meeting: annual-2004",
                "      adviser: iss\n      name: Institutional Shareholder Services\n      meeting: annual-2O04");
        assertThatThrownBy(() -> ScenarioLoader.load(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("meeting").hasMessageContaining("no meeting 'annual-2O04' is set before this step");
    }

    @Test
    void anUltimatumNamingNoMotionOfTheScriptIsRefused() throws IOException {
        Path file = edited("apple-1985-board-backs-the-ceo.yaml", "apple-1985.yaml",
                "      motion: back-sculley\n", "      motion: back-scully\n");
        assertThatThrownBy(() -> ScenarioLoader.load(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("no vote or settlement 'back-scully' is put to the board");
    }

    @Test
    void anUltimatumWhoseDeadlineComesFirstIsRefused() throws IOException {
        Path file = edited("apple-1985-board-backs-the-ceo.yaml", "apple-1985.yaml",
                "      deadline: 1985-04-11T18:00", "      deadline: 1985-04-10T16:00");
        assertThatThrownBy(() -> ScenarioLoader.load(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("the deadline must come after the ultimatum");
    }

    @Test
    void removeOfficerCannotTakeTheCeosOffice() throws IOException {
        Path file = edited("apple-1985-board-backs-the-ceo.yaml", "apple-1985.yaml",
                "          role: head of the Macintosh division", "          role: ceo");
        assertThatThrownBy(() -> ScenarioLoader.load(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("write 'remove-ceo: jobs'");
    }

    @Test
    void aHolderSigningAWrittenConsentTwiceIsRefused() throws IOException {
        Path file = edited("disney-2004-withhold-vote.yaml", "disney-2004.yaml",
                "\n  - at: 2004-03-03T20:00\n    source: [D1, D17]",
                "\n  - at: 2004-03-03T19:00\n    source: D1\n    written-consent: {id: c1, holders: [brokers, brokers], "
                        + "remove: [eisner]}\n\n  - at: 2004-03-03T20:00\n    source: [D1, D17]");
        assertThatThrownBy(() -> ScenarioLoader.load(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("holder 'brokers' signs twice");
    }

    @Test
    void aSecondLetterOfTheSameIdIsRefused() throws IOException {
        Path file = edited("uber-2017-investors-letter.yaml", "uber-2017.yaml",
                "  - at: 2017-06-21T18:00\n", "  - at: 2017-06-21T17:00\n    letter: {id: moving-uber-forward, holders: "
                        + "[benchmark], to: kalanick, demand: go, deadline: 2017-06-22T12:00}\n  - at: 2017-06-21T18:00\n");
        assertThatThrownBy(() -> ScenarioLoader.load(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("a letter 'moving-uber-forward' is sent already");
    }

    @Test
    void aLetterWhoseDeadlineFallsAfterTheRunsEndIsRefused() throws IOException {
        Path file = edited("uber-2017-investors-letter.yaml", "uber-2017.yaml",
                "      deadline: 2017-06-20T23:00", "      deadline: 2018-06-20T23:00");
        assertThatThrownBy(() -> ScenarioLoader.load(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("deadline").hasMessageContaining("after the run's end");
    }

    @Test
    void aConditionOnASuitFiledOnlyLaterIsRefused() throws IOException {
        Path file = edited("uber-2017-investors-letter.yaml", "uber-2017.yaml",
                "  - at: 2017-06-21T18:00\n    onlyIf: ceo-is-not:kalanick\n",
                "  - at: 2017-06-21T18:00\n    onlyIf: suit-pending:benchmark-v-kalanick\n");
        assertThatThrownBy(() -> ScenarioLoader.load(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("no suit 'benchmark-v-kalanick' is filed before this step");
    }

    @Test
    void aSourceOfCashNobodyListedCannotBeLost() throws IOException {
        Path file = edited("wework-2019-the-financier-prevails.yaml", "wework-2019.yaml",
                "      source: ipo\n", "      source: the-ipo\n");
        assertThatThrownBy(() -> ScenarioLoader.load(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("unknown source of cash 'the-ipo'");
    }
}
