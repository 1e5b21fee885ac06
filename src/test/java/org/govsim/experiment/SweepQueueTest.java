package org.govsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.govsim.scenario.ExperimentFile;
import org.govsim.timeline.SharedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two worker processes share one sweep through PostgreSQL and write what a single process writes. */
class SweepQueueTest {

    @TempDir
    Path dir;

    @Test
    void twoWorkerProcessesOnOnePostgresGiveTheSameRunsAsOneProcess() throws Exception {
        Path file = dir.resolve("shared.yaml");
        Files.writeString(file, "experiment: shared\ntitle: shared\nscenario: "
                + Path.of("scenarios/openai-2023-board-crisis.yaml").toAbsolutePath() + "\n"
                + "vary:\n  workforce.thresholdShift: [0, 0.13]\nrepetitions: 2000\nseeds: {base: 5}\n"
                + "metrics: [ceoReinstated, hoursToReturn, peakSignatures]\n");
        Sweep.prepare(ExperimentFile.load(file), () -> null).run(dir.resolve("alone"), 2, false, SweepTest.QUIET, () -> false);

        {
            String url = SharedPostgres.database().url();
            Process a = worker(file, dir.resolve("a"), url);
            Process b = worker(file, dir.resolve("b"), url);
            assertThat(a.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(b.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(a.exitValue()).as(Files.readString(dir.resolve("a.log"))).isZero();
            assertThat(b.exitValue()).as(Files.readString(dir.resolve("b.log"))).isZero();
            byte[] alone = Files.readAllBytes(dir.resolve("alone/runs.csv"));
            assertThat(Files.readAllBytes(dir.resolve("a/runs.csv"))).isEqualTo(alone);
            assertThat(Files.readAllBytes(dir.resolve("b/runs.csv"))).isEqualTo(alone);
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                 ResultSet rs = c.createStatement().executeQuery(
                         "SELECT COUNT(*), COUNT(DISTINCT split_part(worker, '/', 1)) FROM govsim_sweep_run")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(4000);
                assertThat(rs.getLong(2)).as("both processes did runs:\n" + Files.readString(dir.resolve("a.log")) + Files.readString(dir.resolve("b.log"))).isEqualTo(2);
            }
        }
    }

    private Process worker(Path file, Path out, String url) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daxoniq.update-checker.disabled=true", "-cp", System.getProperty("java.class.path"), "org.govsim.cli.Main",
                "sweep", file.toString(), "--out", out.toString(), "--threads", "1", "--queue", "--db-url", url));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(out.getFileName() + ".log").toFile());
        pb.environment().put("GOVSIM_DB_USER", "postgres");
        pb.environment().put("GOVSIM_DB_PASSWORD", "postgres");
        return pb.start();
    }
}
