package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several govsim processes on one H2 directory take turns instead of failing. */
class ConcurrentProcessesTest {

    @TempDir
    Path dir;

    @Test
    void fourForksAndFourExportsAtOnceOnOneDirectoryAllSucceed() throws Exception {
        String data = dir.resolve("data").toString();
        Cli history = Cli.inNewProcess("replay", "scenarios/openai-2023-board-crisis.yaml", "--name", "history",
                "--data", data);
        assertThat(history.code()).as(history.err()).isZero();

        List<Cli> forks = atOnce(4, i -> Cli.inNewProcess("fork", "history", "--whatif", ForkCliTest.WHATIF,
                "--name", "branch-" + i, "--data", data));
        for (Cli fork : forks) {
            assertThat(fork.code()).as(fork.err()).isZero();
        }
        List<Cli> exports = atOnce(4, i -> Cli.inNewProcess("export", "branch-" + i, "--format", "jsonl",
                "--data", data));
        for (Cli export : exports) {
            assertThat(export.code()).as(export.err()).isZero();
            assertThat(export.out().lines().count()).isGreaterThan(28);
        }
        Cli timelines = Cli.run("timelines", "--data", data);
        assertThat(timelines.out()).contains("branch-0", "branch-1", "branch-2", "branch-3");
    }

    @Test
    void aProcessThatWaitsTooLongSaysSoAndExits2() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        try (FileChannel held = FileChannel.open(data.resolve("govsim.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = held.lock()) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dgovsim.lockWaitSeconds=3", "-cp", System.getProperty("java.class.path"), "org.govsim.cli.Main",
                    "timelines", "--data", data.toString()).start();
            p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(err).isEqualTo(2);
            assertThat(err.lines().toList()).containsExactly("waiting for another govsim process using " + data,
                    "error: another govsim process has been using " + data + " for more than 3 s; try again when it "
                            + "has finished, or use PostgreSQL (--db-url) for many processes at once");
        }
    }

    private interface Command {
        Cli run(int i) throws Exception;
    }

    private static List<Cli> atOnce(int n, Command command) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Cli>> running = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                running.add(pool.submit(() -> command.run(index)));
            }
            List<Cli> done = new ArrayList<>();
            for (Future<Cli> f : running) {
                done.add(f.get());
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }
}
