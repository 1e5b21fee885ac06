package org.govsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fields of a what-if that are for readers: a run ignores them, but they must read as text. */
class WhatIfFileTest {

    static final String HEAD = "whatif: w\nquestion: q\nforkAt: {seq: 28}\n";

    @TempDir
    Path dir;

    @Test
    void aListOfThingsToNoticeReadsAsItsItemsInOrder() throws IOException {
        WhatIfFile w = WhatIfFile.load(write(HEAD + "thingsToNotice:\n  - The motion fails.\n  - >-\n    Compare: with"
                + "\n    `govsim diff`.\n"));
        assertThat(w.thingsToNotice()).containsExactly("The motion fails.", "Compare: with `govsim diff`.");
    }

    @Test
    void aSingleTextIsOneThingToNotice() throws IOException {
        WhatIfFile w = WhatIfFile.load(write(HEAD + "thingsToNotice: The motion fails.\n"));
        assertThat(w.thingsToNotice()).containsExactly("The motion fails.");
    }

    @Test
    void withoutThingsToNoticeThereAreNone() throws IOException {
        WhatIfFile w = WhatIfFile.load(write(HEAD));
        assertThat(w.thingsToNotice()).isEmpty();
        assertThat(w.history()).isEmpty();
    }

    @Test
    void anItemThatIsNoTextIsAnInputErrorAtItsLine() throws IOException {
        Path f = write(HEAD + "history: The board met.\nthingsToNotice:\n  - The motion fails.\n  - {seq: 3}\n");
        assertThatThrownBy(() -> WhatIfFile.load(f)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).isEqualTo(f.toString());
            assertThat(e.line()).isEqualTo(7);
            assertThat(e.field()).isEqualTo("thingsToNotice[1]");
            assertThat(e.getMessage()).isEqualTo("a thing to notice is a text, found a mapping");
        });
        Path empty = write(HEAD + "thingsToNotice:\n  - \n");
        assertThatThrownBy(() -> WhatIfFile.load(empty)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.field()).isEqualTo("thingsToNotice[0]"));
    }

    private Path write(String text) throws IOException {
        Path f = Files.createTempFile(dir, "whatif", ".yaml");
        Files.writeString(f, text);
        return f;
    }
}
