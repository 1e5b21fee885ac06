package org.govsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.govsim.web.browser.Browser;
import org.govsim.web.browser.BrowserTest;

/**
 * A class in the browser: an instructor opens it, two students join with its code in their own browsers and three
 * more through the API; each decides differently at the first decision, predicts, and plays to the end; the
 * instructor's table shows the five plays with their outcomes and scored predictions, and a reset clears them.
 */
@BrowserTest
class ClassroomSessionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CASE = "openai-2023-board-crisis";
    static Served served;
    static Browser instructor;
    static Browser ada;
    static Browser ben;

    @BeforeAll
    static void start() {
        served = Served.start();
        instructor = Browser.start();
        ada = Browser.start();
        ben = Browser.start();
    }

    @AfterAll
    static void stop() {
        for (Browser b : new Browser[]{instructor, ada, ben}) {
            if (b != null) {
                b.close();
            }
        }
        if (served != null) {
            served.close();
        }
    }

    @Test
    void anInstructorAndFiveStudentsPlayTheBoardAndTheTableShowsEveryPlay() throws Exception {
        open(instructor, "#/class");
        waitFor(instructor, d -> !d.findElements(By.cssSelector("#open-role option")).isEmpty());
        new Select(instructor.driver().findElement(By.id("open-role"))).selectByValue("board");
        instructor.driver().findElement(By.id("open-title")).sendKeys("Governance 101");
        instructor.driver().findElement(By.cssSelector("[data-test='open-class']")).click();
        waitFor(instructor, d -> !d.findElements(By.cssSelector("[data-test='join-code']")).isEmpty());
        String code = instructor.driver().findElement(By.cssSelector("[data-test='join-code']")).getText();
        assertThat(code).matches("[A-Z2-9]{10}");
        instructor.screenshot("class-opened");

        // two students in their own browsers: Ada holds off, Ben removes Altman and keeps Murati
        join(ada, code, "Ada");
        decide(ada, "hold-off", "no");
        join(ben, code, "Ben");
        decide(ben, "as-history", "yes");
        decideNext(ben, "the-interim-ceo-11-19", "keep-murati");
        decideNext(ben, "the-terms-of-11-21", "as-history");
        for (Browser student : List.of(ada, ben)) {
            waitFor(student, d -> !d.findElements(By.xpath("//h2[normalize-space()='How it ended']")).isEmpty());
            assertThat(student.driver().findElement(By.tagName("main")).getText()).contains("Your prediction",
                    "Against your branch").doesNotContain("Against history");
        }
        ben.screenshot("class-student-ending");
        assertThat(ben.accessibility()).isEmpty();

        // three more through the API, each with another first choice
        String[] firsts = {"give-reasons", "invite-brockman", "without-sutskever"};
        for (int i = 0; i < firsts.length; i++) {
            apiStudent(code, "Student " + (i + 3), firsts[i]);
        }

        open(instructor, "#/class/mine");
        waitFor(instructor, d -> d.findElements(By.cssSelector(".class-table tbody tr")).size() == 5);
        List<String> rows = instructor.driver().findElements(By.cssSelector(".class-table tbody tr")).stream()
                .map(r -> r.getText()).toList();
        assertThat(rows).allSatisfy(r -> assertThat(r).contains("yes").doesNotContain("not yet"));
        assertThat(rows.get(0)).startsWith("Ada").contains("hold-off", "Sam Altman");
        assertThat(rows.get(1)).startsWith("Ben").contains("as-history", "keep-murati");
        assertThat(instructor.driver().findElement(By.tagName("main")).getText())
                .contains("Governance 101: 5 students", "How the plays ended", "Who chose what", "Notes for you",
                        "the-vote-of-11-17: as-history 1, give-reasons 1, hold-off 1, invite-brockman 1, "
                                + "without-sutskever 1");
        // every play carries a scored prediction, against history as well
        JsonNode table = JSON.readTree(served.send("GET", "/api/v1/classes/mine", null, null,
                Map.of("Govsim-Instructor-Secret", secret())).body());
        assertThat(table.get("students")).allSatisfy(s -> {
            assertThat(s.get("predictionVsBranch").isNumber()).isTrue();
            assertThat(s.get("predictionVsHistory").isNumber()).isTrue();
        });
        instructor.screenshot("class-table");
        assertThat(instructor.accessibility()).isEmpty();

        instructor.driver().findElement(By.cssSelector("[data-test='class-reset']")).click();
        instructor.driver().switchTo().alert().accept();
        waitFor(instructor, d -> d.findElement(By.tagName("main")).getText().contains("Governance 101: 0 students"));
        assertThat(instructor.driver().findElements(By.cssSelector(".class-table tbody tr"))).isEmpty();
    }

    private static String secret() {
        return (String) instructor.script("return localStorage.getItem('govsim.instructorSecret')");
    }

    private static void apiStudent(String code, String name, String first) throws Exception {
        HttpResponse<String> joined = served.send("POST", "/api/v1/classes/join", "application/json",
                "{\"code\": \"" + code + "\", \"name\": \"" + name + "\"}");
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
        Map<String, String> key = Map.of("Govsim-Owner-Key", JSON.readTree(joined.body()).get("key").asText());
        JsonNode turn = JSON.readTree(served.send("GET", "/api/v1/plays/" + CASE + "?role=board", null, null, key)
                .body());
        for (int d = 0; !turn.get("decision").isNull(); d++) {
            String body = "{\"decision\": \"" + turn.get("decision").get("decision").asText() + "\", \"option\": \""
                    + (d == 0 ? first : "as-history") + "\", \"role\": \"board\""
                    + (d == 0 ? ", \"prediction\": {\"ceoReturns\": true, \"signatures\": 600}" : "") + "}";
            HttpResponse<String> chose = served.send("POST", "/api/v1/plays/" + turn.get("timeline").asText()
                    + "/choices", "application/json", body, key);
            assertThat(chose.statusCode()).as(chose.body()).isEqualTo(201);
            turn = JSON.readTree(chose.body());
        }
    }

    private static void join(Browser student, String code, String name) {
        open(student, "#/class");
        student.driver().findElement(By.id("join-code")).sendKeys(code.toLowerCase());
        student.driver().findElement(By.id("join-name")).sendKeys(name);
        student.driver().findElement(By.cssSelector("[data-test='join']")).click();
        waitFor(student, d -> !d.findElements(By.id("decision-heading")).isEmpty());
    }

    private static void decide(Browser student, String option, String returns) {
        new Select(student.driver().findElement(By.id("predict-returns"))).selectByValue(returns);
        student.driver().findElement(By.id("predict-signatures")).sendKeys("650");
        student.driver().findElement(By.id("option-" + option)).click();
        waitFor(student, d -> d.findElements(By.id("predict-returns")).isEmpty());
    }

    private static void decideNext(Browser student, String decision, String option) {
        waitFor(student, d -> !d.findElements(By.id("decision-heading")).isEmpty()
                && d.findElement(By.id("decision-heading")).getText().contains(decision));
        student.driver().findElement(By.id("option-" + option)).click();
    }

    private static void open(Browser b, String hash) {
        b.open("about:blank");
        b.open(served.base() + "/" + hash);
        String view = hash.replaceFirst("^#/", "").split("[/?]")[0];
        waitFor(b, d -> view.equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private static void waitFor(Browser b, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(30), Duration.ofMillis(100))
                // the page replaces what it shows as a turn arrives: an element read as it goes is read again
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }
}
