package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.govsim.timeline.Database;
import org.govsim.timeline.TimelineInfo;
import org.govsim.timeline.TimelineStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C at any moment of a replay: the timeline is stored and said to be, or neither; never torn. */
class InterruptedWriteTest {

    @TempDir
    Path dir;

    @Test
    void aReplayStoppedAtAnyMomentIsStoredAndClaimedOrNeither() throws Exception {
        assumeTrue(Path.of("/bin/kill").toFile().canExecute(), "sending SIGINT needs /bin/kill");
        String data = dir.resolve("data").toString();
        long start = System.nanoTime();
        assertThat(replay(data, -1).claimed()).isTrue();
        long whole = (System.nanoTime() - start) / 1_000_000;

        int stored = 1;
        // from halfway through a whole replay to just after it, where the write, its check and the report fall
        for (int i = 0; i < 10; i++) {
            Run run = replay(data, whole / 2 + i * whole / 16);
            if (run.claimed()) {
                stored++;
            } else {
                assertThat(run.code()).as(run.err()).isNotZero();
            }
            try (TimelineStore store = TimelineStore.open(Database.h2(Path.of(data)))) {
                List<TimelineInfo> all = store.list();
                assertThat(all).as("after a stop at %d ms: %s", whole / 2 + i * whole / 16, run.err()).hasSize(stored);
                for (TimelineInfo t : all) {
                    assertThat(store.events(t)).hasSize((int) t.events());
                }
            }
        }
    }

    private record Run(int code, boolean claimed, String err) {
    }

    /** A replay in a process of its own, sent SIGINT after {@code stopAfterMs} (never when negative). */
    private static Run replay(String data, long stopAfterMs) throws Exception {
        // the output goes to files: a process blocked on a full pipe would not be stopped where the test means
        Path out = Files.createTempFile("replay", ".out");
        Path err = Files.createTempFile("replay", ".err");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.govsim.cli.Main",
                "replay", "scenarios/openai-2023-board-crisis.yaml", "--data", data)
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (stopAfterMs >= 0) {
            Thread.sleep(stopAfterMs);
            new ProcessBuilder("/bin/kill", "-INT", String.valueOf(p.pid())).start().waitFor();
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        try {
            return new Run(p.exitValue(), Files.readString(out).contains("Stored as timeline"), Files.readString(err));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }
}
