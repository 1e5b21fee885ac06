package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data directory is a path and nothing else; a directory the store cannot use is the user's to fix (exit 2). */
class DataDirectoryTest {

    private static final String SCENARIO = "scenarios/openai-2023-board-crisis.yaml";

    @TempDir
    Path dir;

    /** Values that, pasted into H2's URL, would run SQL or Java and write beside the directory named. */
    private List<String> injections() {
        String marker = dir.resolve("pwned").toString();
        return List.of(
                dir.resolve("z") + ";INIT=CREATE TABLE EVIL(X INT)",
                dir.resolve("z") + ";INIT=CREATE ALIAS PWN AS $$ void pwn() throws Exception { java.nio.file.Files"
                        + ".writeString(java.nio.file.Path.of(\"" + marker + "\"), \"x\"); } $$\\;CALL PWN()",
                dir.resolve("z") + ";ACCESS_MODE_DATA=r",
                dir.resolve("z") + ";AUTO_SERVER=TRUE",
                dir + "/z\n;INIT=RUNSCRIPT FROM 'x'");
    }

    @Test
    void connectionSettingsInDataAreRefusedAndNothingIsWritten() throws Exception {
        for (String data : injections()) {
            Cli run = Cli.run("replay", SCENARIO, "--data", data);
            assertThat(run.code()).as(data + ": " + run.err()).isEqualTo(2);
            assertThat(run.err().strip()).doesNotContain("\n").startsWith("error: option --data:");
            assertThat(filesUnder(dir)).as(data).isEmpty();
        }
    }

    @Test
    void connectionSettingsInGovsimDataAreRefusedAndNothingIsWritten() throws Exception {
        for (String data : injections()) {
            Cli run = withGovsimData(data, "replay", SCENARIO);
            assertThat(run.code()).as(data + ": " + run.err()).isEqualTo(2);
            assertThat(run.err().strip()).doesNotContain("\n").startsWith("error: GOVSIM_DATA:");
            assertThat(filesUnder(dir)).as(data).isEmpty();
        }
    }

    @Test
    void theStoreIsWrittenOnlyInTheDirectoryNamed() throws Exception {
        Path data = dir.resolve("with space").resolve("data");
        Cli run = Cli.run("replay", SCENARIO, "--name", "history", "--data", data.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(filesUnder(dir)).isNotEmpty().allMatch(f -> f.startsWith(data));
        Cli viaEnvironment = withGovsimData(data.toString(), "timelines");
        assertThat(viaEnvironment.code()).as(viaEnvironment.err()).isZero();
        assertThat(viaEnvironment.out()).contains("history");
    }

    @Test
    void aFileInPlaceOfTheDirectoryIsReportedOnOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "not a directory");
        Cli onFile = Cli.run("timelines", "--data", file.toString());
        assertThat(onFile.code()).as(onFile.err()).isEqualTo(2);
        assertThat(onFile.err().strip()).isEqualTo("error: option --data: the data directory " + file + " is a file, not a directory");

        Cli under = Cli.run("replay", SCENARIO, "--data", file.resolve("data").toString());
        assertThat(under.code()).as(under.err()).isEqualTo(2);
        assertThat(under.err().strip()).doesNotContain("\n").contains("cannot create the data directory",
                file.resolve("data").toString());
        assertThat(Files.readString(file)).isEqualTo("not a directory");
    }

    @Test
    void aReadOnlyDirectoryIsReportedOnOneLineAndKeepsItsTimelines() throws Exception {
        Path mount = dir.resolve("ro");
        assumeTrue(FullDiskTest.mount(mount, "size=4m"), "mounting a tmpfs needs root; the read-only test is skipped");
        try {
            String data = mount.resolve("data").toString();
            assertThat(Cli.run("replay", SCENARIO, "--name", "history", "--data", data).code()).isZero();
            assertThat(FullDiskTest.remount(mount, "ro")).isTrue();
            for (String[] args : List.of(new String[]{"replay", SCENARIO, "--data", data},
                    new String[]{"timelines", "--data", data})) {
                Cli run = Cli.run(args);
                assertThat(run.code()).as(run.err()).isEqualTo(2);
                assertThat(run.err().strip()).doesNotContain("\n").contains(data, "Read-only file system");
            }
            assertThat(FullDiskTest.remount(mount, "rw")).isTrue();
            Cli after = Cli.run("export", "history", "--format", "jsonl", "--data", data);
            assertThat(after.code()).as(after.err()).isZero();
            assertThat(after.out().lines().count()).isEqualTo(410);
        } finally {
            FullDiskTest.unmount(mount);
        }
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private Cli withGovsimData(String data, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.govsim.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(cmd);
        builder.environment().remove("GOVSIM_DB_URL");
        builder.environment().put("GOVSIM_DATA", data);
        Process p = builder.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Cli(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
