package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Playing the OpenAI case as the board: choices fork the timeline, and decisions whose moment never comes are skipped. */
class PlayCliTest {

    @TempDir
    Path dir;
    String data;

    @BeforeEach
    void store() {
        data = dir.resolve("data").toString();
    }

    @Test
    void aBoardThatHoldsOffKeepsAltmanAndIsNeverAskedTheLaterQuestions() {
        Cli play = Cli.run("play", "openai-2023-board-crisis", "--as", "board", "--choose",
                "the-vote-of-11-17=hold-off", "--name", "cautious", "--data", data);
        assertThat(play.code()).as(play.err()).isZero();
        assertThat(play.out()).contains("Chosen: Do not move against Altman yet. (hold-off); branch 'cautious'",
                "Decision the-interim-ceo-11-19 (board)\n  Does not arise in this branch: the step 'vote: appoint-shear' "
                        + "lapsed", "Decision the-terms-of-11-21 (board)\n  Does not arise in this branch",
                "In fact: The board named Emmett Shear");
        assertThat(play.out()).containsPattern("    CEO +Sam Altman +Sam Altman");
        assertThat(play.out()).containsPattern("  \\* CEO returned +never removed");
    }

    @Test
    void eachChoiceIsAnEventOfTheBranchAndTheOutcomeFollowsFromThem() {
        Cli play = Cli.run("play", "openai-2023-board-crisis", "--as", "board",
                "--choose", "the-vote-of-11-17=as-history", "--choose", "the-interim-ceo-11-19=keep-murati",
                "--choose", "the-terms-of-11-21=hold-the-line", "--name", "firm", "--data", data);
        assertThat(play.code()).as(play.err()).isZero();
        assertThat(play.out()).contains("branch 'firm-1'", "branch 'firm-2'", "branch 'firm'");
        Cli story = Cli.run("story", "firm", "--data", data);
        assertThat(story.code()).as(story.err()).isZero();
        assertThat(story.out()).contains("Decision (board): Remove Altman and Brockman at once",
                "Decision (board): Keep Murati as interim CEO.",
                "Decision (board): The three who still hold refuse to give way, whatever the pressure.");
        // holding the line, the board is still there at the end and Altman is not back
        assertThat(play.out()).containsPattern("  \\* CEO returned +no +yes, 2023-11-21 21:00");
        // the debrief: the causes of the last change of CEO, power before and after, the questions and the notes
        assertThat(play.out()).contains("The decisive events, from the outcome back to the givens:",
                "Dario Amodei becomes interim CEO, replacing Mira Murati", "The board approaches Dario Amodei to be CEO",
                "Voting power (Banzhaf) at the first choice and at the end:", "Questions:", "For the instructor:",
                "Name the event after which the board could no longer hold in your branch.");
        assertThat(play.out()).containsPattern("  Sam Altman +0\\.167 +-");
    }

    @Test
    void aChoiceNotGivenIsAskedForOnStandardInput() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("2\n".getBytes(StandardCharsets.UTF_8)));
            Cli play = Cli.run("play", "openai-2023-board-crisis", "--as", "board", "--interactive", "--data", data);
            assertThat(play.code()).as(play.err()).isZero();
            assertThat(play.out()).contains("Decision: the-vote-of-11-17 (board)", "Friday 17 November, noon.",
                    "  2. Do not move against Altman yet. [hold-off]", "Your choice (1-5 or an id): ",
                    "Chosen: Do not move against Altman yet. (hold-off)");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void aMissingOrUnknownChoiceOrRoleIsBadInputNamingTheOption() {
        Cli missing = Cli.run("play", "openai-2023-board-crisis", "--as", "board", "--data", data);
        assertThat(missing.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(missing.err()).contains("option --choose: decision 'the-vote-of-11-17' needs a choice");

        Cli unknown = Cli.run("play", "openai-2023-board-crisis", "--as", "board", "--choose",
                "the-vote-of-11-17=resign", "--data", data);
        assertThat(unknown.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.err()).contains("option --choose: decision 'the-vote-of-11-17' has no option 'resign'; "
                + "its options are as-history, hold-off, give-reasons, invite-brockman, without-sutskever");

        Cli role = Cli.run("play", "openai-2023-board-crisis", "--as", "shareholders", "--data", data);
        assertThat(role.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(role.err()).contains("option --as: no decision of the case is taken by 'shareholders'");
    }

    @Test
    void aPredictionIsRecordedWithTheFirstChoiceAndScoredByItsRulesAgainstTheBranchAndHistory() {
        Cli play = Cli.run("play", "openai-2023-board-crisis", "--as", "board",
                "--choose", "the-vote-of-11-17=as-history", "--choose", "the-interim-ceo-11-19=keep-murati",
                "--choose", "the-terms-of-11-21=as-history", "--predict", "returns=yes", "--predict",
                "by=2023-11-22T12:00", "--predict", "signatures=592", "--predict", "leaving=toner,mccauley,sutskever",
                "--name", "predicted", "--data", data);
        assertThat(play.code()).as(play.err()).isZero();
        // history: Altman back at 21:00 on 11-21 (15 hours before the prediction: 0.69), 740 signed (592 is 20% off), and
        // Altman, Brockman, Sutskever, McCauley and Toner left the board (3 of these 5): (1 + 0.69 + 0.80 + 0.60) / 4
        assertThat(play.out()).contains("  against history: 0.77 of 1",
                "the CEO returns: predicted yes, found yes: 1.00",
                "returns by: predicted 2023-11-22T12:00-08:00, found 2023-11-21T21:00-08:00: 0.69 (15.0 hours off",
                "signatures: predicted 592, found 740: 0.80 (20% off",
                "directors who leave: predicted Tasha McCauley, Ilya Sutskever, Helen Toner, found Sam Altman, Greg "
                        + "Brockman, Tasha McCauley, Ilya Sutskever, Helen Toner: 0.60 (3 in both of 5 in either)");
        Cli story = Cli.run("story", "predicted", "--data", data);
        assertThat(story.out()).contains("Prediction (board): the CEO returns by 11-22 12:00",
                "592 sign the letter", "leave the board");
    }

    @Test
    void aPredictionOfNoReturnIsNotScoredOnTimeWhereTheCeoWasNeverRemoved() {
        Cli play = Cli.run("play", "openai-2023-board-crisis", "--as", "board",
                "--choose", "the-vote-of-11-17=hold-off", "--predict", "returns=no", "--predict", "leaving=none",
                "--data", data);
        assertThat(play.code()).as(play.err()).isZero();
        assertThat(play.out()).contains("  against this branch: 1.00 of 1",
                "the CEO returns: predicted no, found never removed: not scored: no removal",
                "directors who leave: predicted nobody, found nobody: 1.00");
    }

    @Test
    void aMalformedPredictionIsBadInput() {
        Cli item = Cli.run("play", "openai-2023-board-crisis", "--as", "board", "--choose",
                "the-vote-of-11-17=hold-off", "--predict", "winner=altman", "--data", data);
        assertThat(item.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(item.err()).contains("option --predict: no prediction item 'winner'");
        Cli person = Cli.run("play", "openai-2023-board-crisis", "--as", "board", "--choose",
                "the-vote-of-11-17=hold-off", "--predict", "leaving=murati", "--data", data);
        assertThat(person.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(person.err()).contains("option --predict: 'murati' is not a director when the prediction is made");
        assertThat(Cli.run("timelines", "--data", data).out()).doesNotContain("as-board");
    }

    @Test
    void listShowsTheDecisionPointsOfARole() {
        Cli list = Cli.run("play", "openai-2023-board-crisis", "--as", "investor:microsoft", "--list", "--data", data);
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("microsofts-offer-11-19 (investor:microsoft)", "    no-offer: Make no offer")
                .doesNotContain("the-vote-of-11-17");
    }
}
