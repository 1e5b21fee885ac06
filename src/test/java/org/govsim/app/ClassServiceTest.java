package org.govsim.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.govsim.scenario.InputException;
import org.govsim.timeline.Database;
import org.govsim.timeline.TimelineStore;

/** A class on the OpenAI case: the instructor opens it, students join and play, the instructor reads, resets, closes. */
class ClassServiceTest {

    static final Path CASE = Path.of("scenarios/openai-2023-board-crisis.yaml");

    @TempDir
    static Path data;
    static TimelineStore store;
    static PlayService plays;
    static ClassService classes;

    @BeforeAll
    static void open() {
        store = TimelineStore.open(Database.h2(data));
        plays = new PlayService(store);
        classes = new ClassService(store, plays);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Results.Turn play(Results.Joined student, String... options) {
        Results.Turn turn = plays.next(CASE, "openai-2023-board-crisis", "board");
        for (int i = 0; turn.decision() != null; i++) {
            turn = plays.choose(new PlayService.ChoiceRequest(CASE, turn.timeline(), "board",
                    turn.decision().decision(), options[Math.min(i, options.length - 1)],
                    i == 0 ? new Predictions.Prediction(true, null, 700, null) : null, null, Keys.owner(student.key())));
        }
        return turn;
    }

    @Test
    void studentsJoinByCodeAndTheInstructorSeesTheirChoicesOutcomesAndScores() {
        Results.ClassOpened opened = classes.open("openai-2023-board-crisis", CASE, "board", "Governance 101",
                ClassService.DEFAULT_LIFETIME);
        assertThat(opened.joinCode()).hasSize(10).matches("[A-Z2-9]+");
        assertThat(opened.instructorSecret()).hasSizeGreaterThanOrEqualTo(22);

        Results.Joined ada = classes.join(opened.joinCode().toLowerCase(), "Ada");
        Results.Joined ben = classes.join(" " + opened.joinCode() + " ", "Ben");
        assertThatThrownBy(() -> classes.join(opened.joinCode(), "Ada")).isInstanceOf(InputException.class)
                .hasMessageContaining("'Ada' is taken in this class");
        assertThatThrownBy(() -> classes.join("WRONGCODE1", "Cy")).isInstanceOf(ClassService.Refused.class)
                .satisfies(e -> assertThat(((ClassService.Refused) e).unknown()).isTrue());
        assertThat(classes.student(ada.key())).get().extracting(s -> s.student().name()).isEqualTo("Ada");

        play(ada, "hold-off");
        play(ben, "as-history", "keep-murati", "hold-the-line");

        var c = classes.forInstructor(opened.instructorSecret());
        Results.ClassTable table = classes.table(c, CASE);
        assertThat(table.students()).extracting(Results.ClassRow::student).containsExactly("Ada", "Ben");
        Results.ClassRow adaRow = table.students().get(0);
        assertThat(adaRow.choices()).isEqualTo(Map.of("the-vote-of-11-17", "hold-off"));
        assertThat(adaRow.ended()).isTrue();
        assertThat(adaRow.ceo()).isEqualTo("Sam Altman");
        Results.ClassRow benRow = table.students().get(1);
        assertThat(benRow.choices()).containsEntry("the-interim-ceo-11-19", "keep-murati")
                .containsEntry("the-terms-of-11-21", "hold-the-line");
        assertThat(benRow.predictionVsHistory()).isNotNull();
        assertThat(table.choices().get("the-vote-of-11-17")).isEqualTo(Map.of("as-history", 1, "hold-off", 1));
        assertThat(table.outcomes().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);

        String csv = classes.csv(c, CASE);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("student,joined,branch,the-vote-of-11-17,"
                + "the-interim-ceo-11-19,the-terms-of-11-21,ended,ceo,ceo_returned,prediction_vs_branch,"
                + "prediction_vs_history");
        assertThat(csv.lines()).hasSize(3);

        Results.ClassReset reset = classes.reset(c);
        assertThat(reset.students()).isEqualTo(2);
        assertThat(reset.branchesDeleted()).isEqualTo(1 + 3);
        assertThat(classes.table(c, CASE).students()).isEmpty();
        assertThat(store.list()).noneMatch(t -> t.owner() != null);

        classes.close(c);
        assertThatThrownBy(() -> classes.join(opened.joinCode(), "Dee")).isInstanceOf(ClassService.Refused.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> classes.forInstructor(opened.instructorSecret()))
                .isInstanceOf(ClassService.Refused.class);
    }

    @Test
    void anExpiredClassTakesNoMoreStudents() throws Exception {
        Results.ClassOpened opened = classes.open("openai-2023-board-crisis", CASE, null, null, Duration.ofMillis(50));
        Thread.sleep(100);
        assertThatThrownBy(() -> classes.join(opened.joinCode(), "Late")).isInstanceOf(ClassService.Refused.class)
                .hasMessageContaining("expired");
    }
}
