package org.govsim.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The renderers on a handout made by hand: what comes from files stays text, the chart draws what it is given. */
class HandoutRenderingTest {

    static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    static final Instant FORK = Instant.parse("2023-11-17T20:00:00Z");

    static Handout handout(String question, List<String> notice) {
        Handout.Signatures signatures = new Handout.Signatures(
                new Handout.Curve("branch", List.of(new Handout.Point(Instant.parse("2023-11-20T09:00:00Z"), 30),
                        new Handout.Point(Instant.parse("2023-11-20T15:00:00Z"), 400))),
                new Handout.Curve("history", List.of(new Handout.Point(Instant.parse("2023-11-20T09:00:00Z"), 30),
                        new Handout.Point(Instant.parse("2023-11-20T18:00:00Z"), 700))),
                List.of(new Handout.Reported(Instant.parse("2023-11-20T13:30:00Z"), 505, "S13", List.of()),
                        new Handout.Reported(Instant.parse("2023-11-20T22:10:00Z"), 738, "S13",
                                List.of("738 (S13)", "747 (the FT)"))));
        return new Handout("A case", "branch", ZONE,
                new Handout.Branch("history", 28, FORK, "w", question, "# What history did\n- in two lines", notice),
                List.of(new Handout.OutcomeRow("CEO", "Sam Altman", "Sam Altman"),
                        new Handout.OutcomeRow("chair", "Greg Brockman", "Bret Taylor")),
                signatures,
                List.of(new Handout.Line(3, FORK.minusSeconds(60), "board", "1. a | b", "reported", "S14", List.of(),
                                false),
                        new Handout.Line(30, FORK.plusSeconds(60), "investor/microsoft", "<b>bold</b> & *star*",
                                "what-if", "w", List.of("one or the other"), true)),
                List.of(new Handout.Source("S14", "example.org/a_b*c")));
    }

    @Test
    void markdownEscapesWhatCouldBeMarkupAndKeepsEveryRowsCells() {
        String md = Markdown.render(handout("Is `x` <i>y</i>?", List.of("- not a list", "1. not numbered")));
        assertThat(md).contains("**Is \\`x\\` \\<i\\>y\\</i\\>?**", "\\# What history did - in two lines",
                "- \\- not a list", "- 1\\. not numbered", "| 3 | 11-17 11:59 | board | 1\\. a \\| b | **reported** S14 |",
                "\\<b\\>bold\\</b\\> \\& \\*star\\* **contested:** one or the other", "- **S14**: example.org/a\\_b\\*c",
                "| chair | **Greg Brockman** (differs) | Bret Taylor |", "| CEO | Sam Altman | Sam Altman |");
        // the counts at each report and where the curves end
        assertThat(md).contains("| 11-20 05:30 | 505 (S13) | 30 | 30 |", "| 11-20 07:00 |  | 400 | 30 |",
                "| 11-20 14:10 | 738 (S13) contested: 738 (S13) or 747 (the FT) | 400 | 700 |");
    }

    @Test
    void htmlEscapesWhatComesFromFilesAndDrawsTheChartItIsGiven() {
        String html = Html.render(handout("<script>alert('x')</script>", List.of("a \"quoted\" thing")));
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "a &quot;quoted&quot; thing",
                "&lt;b&gt;bold&lt;/b&gt; &amp; *star*", "investor/<wbr>microsoft", "<tr class=\"differs\"><th scope=\"row\">chair",
                "<tr><th scope=\"row\">CEO", "<span class=\"flag\">contested</span> one or the other",
                "Fork point: the branch leaves <code>history</code> here");
        assertThat(html).doesNotContain("<script>");
        assertThat(count(html, "<g class=\"reported\">")).isEqualTo(2);
        assertThat(count(html, "<path class=\"curve ")).isEqualTo(2);
        assertThat(html).contains(">505</text>", ">738</text>", ">signatures</text>", "time (PST, America/Los_Angeles)",
                ">11-20 01:00</text>", ">11-20 14:10</text>", ">800</text>");
    }

    @Test
    void theAxisEndsAtTheNextRoundNumber() {
        assertThat(SignatureChart.niceCeiling(738)).isEqualTo(800);
        assertThat(SignatureChart.niceCeiling(45)).isEqualTo(50);
        assertThat(SignatureChart.niceCeiling(10)).isEqualTo(10);
        assertThat(SignatureChart.niceCeiling(1001)).isEqualTo(2000);
    }

    static int count(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
