package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsim.timeline.Database;
import org.govsim.timeline.TimelineInfo;
import org.govsim.timeline.TimelineStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory on a small file system that fills up: nothing is claimed that was not kept. Each command runs in a
 * process of its own, as people run them, so that nothing of a failed command's database lingers for the next.
 */
class FullDiskTest {

    private static final Pattern REPLAY_STORED = Pattern.compile("Stored as timeline '([^']+)' \\((\\d+) events\\)");
    private static final Pattern BRANCH_STORED = Pattern.compile("Branch '([^']+)' of");

    @TempDir
    Path dir;

    @Test
    void everyStoredClaimOnAFillingDiskIsTrueAndEveryFailureIsADiskError() throws Exception {
        Path mount = dir.resolve("small");
        assumeTrue(mount(mount, "size=2m"), "mounting a tmpfs needs root; the full-disk test is skipped");
        try {
            String data = mount.resolve("data").toString();
            Map<String, Long> claimed = new HashMap<>();
            List<String> failures = new ArrayList<>();
            Cli history = Cli.inNewProcess("replay", "scenarios/openai-2023-board-crisis.yaml", "--name", "history",
                    "--data", data);
            assertThat(history.code()).as(history.err()).isZero();
            claimed.put("history", null);
            for (int i = 1; i <= 40 && failures.size() < 5; i++) {
                Cli run = i % 3 == 0
                        ? Cli.inNewProcess("fork", "history", "--whatif", ForkCliTest.WHATIF,
                        "--name", "branch-" + i, "--data", data)
                        : Cli.inNewProcess("replay", "scenarios/openai-2023-board-crisis.yaml", "--data", data);
                if (run.code() == 0) {
                    claimed.put(storedName(run.out()), null);
                } else {
                    assertThat(run.code()).as(run.err()).isEqualTo(2);
                    assertThat(run.err().strip()).as("one line naming the disk and the directory")
                            .doesNotContain("\n").contains(mount.toString())
                            .containsAnyOf("No space left on device", "disk full");
                    failures.add(run.err());
                }
            }
            assertThat(failures).as("the disk filled up").isNotEmpty();
            assertThat(claimed).hasSizeGreaterThan(3);

            // a full disk refuses even to open the store, as the environment's failure
            Cli onFullDisk = Cli.inNewProcess("timelines", "--data", data);
            assertThat(onFullDisk.code()).as(onFullDisk.err()).isIn(0, 2);

            assertThat(remount(mount, "size=8m")).as("the file system grows").isTrue();
            try (TimelineStore store = TimelineStore.open(Database.h2(Path.of(data)))) {
                Map<String, Long> kept = new HashMap<>();
                for (TimelineInfo t : store.list()) {
                    kept.put(t.name(), t.events());
                }
                assertThat(kept.keySet()).as("every timeline claimed is stored, and no other")
                        .containsExactlyInAnyOrderElementsOf(claimed.keySet());
                claimed.replaceAll((name, none) -> kept.get(name));
            }
            for (Map.Entry<String, Long> t : claimed.entrySet()) {
                Cli export = Cli.inNewProcess("export", t.getKey(), "--format", "jsonl", "--data", data);
                assertThat(export.code()).as(export.err()).isZero();
                assertThat(export.out().lines().count()).as(t.getKey()).isEqualTo(t.getValue());
            }
        } finally {
            unmount(mount);
        }
    }

    private static String storedName(String out) {
        Matcher replay = REPLAY_STORED.matcher(out);
        if (replay.find()) {
            return replay.group(1);
        }
        Matcher branch = BRANCH_STORED.matcher(out);
        assertThat(branch.find()).as(out).isTrue();
        return branch.group(1);
    }

    static boolean mount(Path at, String options) throws IOException, InterruptedException {
        java.nio.file.Files.createDirectories(at);
        return sh("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString());
    }

    static boolean remount(Path at, String options) throws IOException, InterruptedException {
        return sh("mount", "-o", "remount," + options, at.toString());
    }

    static void unmount(Path at) throws IOException, InterruptedException {
        sh("umount", at.toString());
    }

    private static boolean sh(String... command) throws IOException, InterruptedException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return false;
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }
}
