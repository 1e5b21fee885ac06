package org.govsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The YAML govsim reads: what is refused, where the error points, and what plain files still read as before. */
class StrictYamlTest {

    @TempDir
    Path dir;

    @Test
    void aKeyGivenTwiceDeepInsideIsReportedAtTheSecondWithItsPath() throws IOException {
        Path f = write("script:\n  - at: 1\n  - vote:\n      id: a\n      title: t\n      id: b\n");
        assertThatThrownBy(() -> Yaml.load(f)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.field()).isEqualTo("script[1].vote.id");
            assertThat(e.getMessage()).isEqualTo("the key 'id' is given twice (first at line 4)");
        });
    }

    @Test
    void theSameKeyInTwoMappingsIsNoDuplicate() throws IOException {
        Yaml y = Yaml.load(write("a: {id: 1}\nb: {id: 2}\n"));
        assertThat(y.get("b").str("id")).isEqualTo("2");
    }

    @Test
    void aNullIsNoTextButAQuotedTildeIs() throws IOException {
        for (String nothing : new String[] {"~", "null", "Null", ""}) {
            Yaml y = Yaml.load(write("title: " + nothing + "\n"));
            assertThatThrownBy(() -> y.str("title")).isInstanceOf(InputException.class)
                    .hasMessageStartingWith("a value is missing here");
        }
        assertThat(Yaml.load(write("title: \"~\"\n")).str("title")).isEqualTo("~");
    }

    @Test
    void numbersAreDecimalAndFinite() throws IOException {
        Yaml y = Yaml.load(write("a: 1_000\nb: .5\nc: 13e9\nd: 0x10\ne: .inf\nf: 1e400\ng: 2f\n"));
        assertThat(y.num("a")).isEqualTo(1000);
        assertThat(y.num("b")).isEqualTo(0.5);
        assertThat(y.num("c")).isEqualTo(13e9);
        for (String bad : new String[] {"d", "e", "g"}) {
            assertThatThrownBy(() -> y.num(bad)).hasMessageStartingWith("expected a number");
        }
        assertThatThrownBy(() -> y.num("f")).hasMessageStartingWith("expected a finite number");
    }

    @Test
    void aWholeNumberOutOfItsRangeIsRefusedNotClamped() throws IOException {
        Yaml y = Yaml.load(write("n: 1e300\nm: -4\n"));
        assertThatThrownBy(() -> y.get("n").integer()).hasMessageContaining("found 1e300");
        assertThatThrownBy(() -> y.get("m").integer(0, 10)).hasMessage("must be a whole number from 0 to 10, found -4");
    }

    @Test
    void aByteOrderMarkIsDroppedAndOtherBytesMustBeUtf8() throws IOException {
        Path bom = dir.resolve("bom.yaml");
        Files.write(bom, ("\uFEFFtitle: x\n").getBytes(StandardCharsets.UTF_8));
        assertThat(Yaml.load(bom).str("title")).isEqualTo("x");

        Path latin = dir.resolve("latin.yaml");
        Files.write(latin, "a: 1\nb: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Yaml.load(latin)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage()).startsWith("not UTF-8: byte 0xE9");
        });
    }

    @Test
    void aTagOnAMappingIsRefusedAtItsLine() throws IOException {
        Path f = write("a: 1\nb: !!map\n  c: 2\n");
        assertThatThrownBy(() -> Yaml.load(f)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.field()).isEqualTo("b");
        });
    }

    @Test
    void nestingUpToTheLimitReadsAndOneLevelMoreIsRefused() throws IOException {
        String within = "a: " + "[".repeat(Limits.MAX_DEPTH - 1) + "]".repeat(Limits.MAX_DEPTH - 1) + "\n";
        assertThat(Yaml.load(write(within)).isMap()).isTrue();
        String beyond = "a: " + "[".repeat(Limits.MAX_DEPTH) + "]".repeat(Limits.MAX_DEPTH) + "\n";
        assertThatThrownBy(() -> Yaml.load(write(beyond))).hasMessageContaining("(nesting depth)");
    }

    @Test
    void aListOfMoreItemsThanTheLimitIsRefusedAtItsPath() throws IOException {
        String items = "1, ".repeat(Limits.MAX_LIST_ITEMS) + "1";
        assertThatThrownBy(() -> Yaml.load(write("a:\n  b: [" + items + "]\n"))).isInstanceOfSatisfying(InputException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("a.b");
                    assertThat(e.getMessage()).contains("(list size)");
                });
    }

    private Path write(String text) throws IOException {
        Path f = Files.createTempFile(dir, "f", ".yaml");
        Files.writeString(f, text);
        return f;
    }
}
