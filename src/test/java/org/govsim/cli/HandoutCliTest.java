package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govsim handout}: a stored timeline as Markdown or as one HTML page, printed or written whole to a file. */
class HandoutCliTest {

    static final String SCENARIO = "scenarios/openai-2023-board-crisis.yaml";
    static final String WHATIF = "scenarios/what-if/openai-2023/no-microsoft-offer.yaml";

    @TempDir
    static Path dir;
    static String data;

    @BeforeAll
    static void historyAndABranch() throws Exception {
        data = dir.resolve("data").toString();
        assertThat(Cli.run("replay", SCENARIO, "--name", "history", "--data", data).code()).isZero();
        assertThat(Cli.run("fork", "history", "--whatif", WHATIF, "--name", "no-offer", "--data", data).code()).isZero();
        // a what-if whose words would be markup if a handout took them as they are
        String hostile = Files.readString(Path.of("scenarios/what-if/openai-2023/sutskever-stays-away.yaml"))
                .replace("scenario: ../../openai-2023-board-crisis.yaml", "scenario: "
                        + Path.of(SCENARIO).toAbsolutePath())
                .replaceFirst("question: .*", "question: \"What if <script>alert(1)</script> | *shouted* [link](x)?\"");
        Path file = dir.resolve("hostile.yaml");
        Files.writeString(file, hostile);
        Cli fork = Cli.run("fork", "history", "--whatif", file.toString(), "--name", "marked-up", "--data", data);
        assertThat(fork.code()).as(fork.err()).isZero();
    }

    @Test
    void aBranchsMarkdownHandoutAsksItsQuestionAndSetsItsEndingBesideHistorys() {
        String md = ok("handout", "no-offer");
        assertThat(md).startsWith("# no-offer\n").contains(
                "## The question", "### What history did", "**Fork point:** after event",
                "| | no-offer | history |", "(differs)", "## Signatures of the letter", "| time | reported | no-offer | history |",
                "## The story", "**Fork point: the branch leaves `history` here**", "**what-if**",
                "## Things to notice", "## Sources cited", "- **S14**");
        // the curves' counts beside the reported ones: history reached 738 reported at 14:10
        assertThat(md).containsPattern("\\| 11-20 14:10 \\| 738 \\(S13\\).*\\| \\d+ \\| 73\\d \\|");
        // every table row has as many cells as its header
        List<String> story = md.substring(md.indexOf("| # | time |"), md.indexOf("## Things to notice")).lines()
                .filter(l -> l.startsWith("|")).toList();
        assertThat(story).hasSizeGreaterThan(10).allSatisfy(l -> assertThat(cells(l)).as(l).isEqualTo(5));
    }

    @Test
    void historysHandoutHasNoQuestionAndOneColumnOfOutcome() {
        String md = ok("handout", "history", "--format", "markdown");
        assertThat(md).contains("A timeline of history.", "| | history |\n|---|---|", "| CEO returned | yes, 2023-11-21",
                "| time | reported | history |").doesNotContain("## The question", "## Things to notice", "differs");
    }

    @Test
    void aCaseWithoutAStaffLetterHasNoSectionOnItsSignatures() {
        assertThat(Cli.run("replay", "scenarios/wework-2019-the-financier-prevails.yaml", "--name", "wework", "--data",
                data).code()).isZero();
        assertThat(ok("handout", "wework")).contains("## How it ended", "## The story", "SoftBank")
                .doesNotContain("Signatures of the letter");
        assertThat(ok("handout", "wework", "--format", "html")).contains("SoftBank").doesNotContain("signatures-heading");
    }

    @Test
    void theHtmlHandoutIsOnePageWithItsChartAndNothingToLoad() {
        String html = ok("handout", "no-offer", "--format", "html");
        assertThat(html).startsWith("<!DOCTYPE html>").contains(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                        + "img-src data:\">",
                "<svg class=\"chart\"", "<path class=\"curve own\"", "<path class=\"curve parent\"",
                "<g class=\"reported\">", ">signatures</text>", "<tr class=\"differs\">", "@media print", "@page",
                "Things to notice", "Sources cited").doesNotContain("<script", "<link", "src=", "url(", "@import");
    }

    @Test
    void wordsFromFilesStayWordsInBothFormats() {
        String html = ok("handout", "marked-up", "--format", "html");
        assertThat(html).contains("What if &lt;script&gt;alert(1)&lt;/script&gt; | *shouted* [link](x)?")
                .doesNotContain("<script>");
        String md = ok("handout", "marked-up");
        assertThat(md).contains("**What if \\<script\\>alert(1)\\</script\\> \\| \\*shouted\\* \\[link\\](x)?**");
    }

    @Test
    void outWritesTheFileWholeAndSaysWhere() throws Exception {
        Path file = dir.resolve("handout.html");
        Files.writeString(file, "an older handout");
        Cli run = Cli.run("handout", "no-offer", "--format", "html", "--out", file.toString(), "--data", data);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Wrote the html handout of 'no-offer' to " + file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(ok("handout", "no-offer", "--format", "html"));
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anUnknownFormatOrAnOutThatCannotBeWrittenIsRefusedAndWritesNothing() throws Exception {
        Cli pdf = Cli.run("handout", "no-offer", "--format", "pdf", "--data", data);
        assertThat(pdf.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(pdf.out()).isEmpty();
        assertThat(pdf.err()).contains("option --format", "'pdf'", "markdown and html");

        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        Cli onFolder = Cli.run("handout", "no-offer", "--out", folder.toString(), "--data", data);
        assertThat(onFolder.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(onFolder.err()).contains("option --out", "is a directory");
        assertThat(folder).isEmptyDirectory();

        Cli nowhere = Cli.run("handout", "no-offer", "--out", dir.resolve("missing/handout.md").toString(), "--data", data);
        assertThat(nowhere.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(nowhere.err()).contains("option --out", "is not a directory");
        assertThat(dir.resolve("missing")).doesNotExist();

        Cli unknown = Cli.run("handout", "no-such-branch", "--data", data);
        assertThat(unknown.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.err()).contains("no timeline named 'no-such-branch'");
    }

    static int cells(String row) {
        return row.replace("\\|", "").split("\\|", -1).length - 2;
    }

    static String ok(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data));
        Cli run = Cli.run(all.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return run.out();
    }
}
