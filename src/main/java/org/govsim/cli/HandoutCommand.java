package org.govsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.govsim.app.BundledLibrary;
import org.govsim.app.CaseLibrary;
import org.govsim.app.Handouts;
import org.govsim.app.TimelineService;
import org.govsim.scenario.InputException;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "handout", mixinStandardHelpOptions = true,
        description = "A stored timeline as a handout: for a branch its question, what history did and the fork point; "
                + "its ending beside its parent's; the letter's signatures against the reported counts; the short "
                + "story with each line's provenance; things to notice; the sources cited. Markdown, or one "
                + "self-contained HTML page that prints on Letter or A4.",
        footer = {"%nExamples:", "  govsim handout history-sutskever-stays-away > handout.md",
                "  govsim handout history-sutskever-stays-away --format html --out handout.html"})
final class HandoutCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "TIMELINE")
    String timeline;

    @Option(names = "--format", defaultValue = "markdown", completionCandidates = HandoutFormats.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the handout to FILE (whole or not at all) "
            + "instead of standard output.")
    Path outFile;

    @Override
    public Integer call() throws IOException {
        Handouts.Format as = Handouts.Format.of(format);
        if (outFile != null && Files.isDirectory(outFile)) {
            throw InputException.request("out", outFile + " is a directory; give the file to write");
        }
        Path folder = outFile == null ? null : outFile.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw InputException.request("out", folder + " is not a directory, so " + outFile + " cannot be written");
        }
        CaseLibrary library = CaseLibrary.read(BundledLibrary.scenarios());
        Handouts.Rendered handout;
        try (TimelineStore store = storeOptions.open()) {
            handout = new Handouts(new TimelineService(store), library).render(timeline, as);
        }
        if (outFile == null) {
            out().print(handout.text());
            out().flush();
            return Main.OK;
        }
        write(outFile, handout.text());
        err().println("Wrote the " + as.label() + " handout of '" + handout.timeline() + "' to " + outFile + ".");
        return Main.OK;
    }

    /** Beside the target, then moved over it: a reader of FILE finds the old handout or the new one, never a part. */
    static void write(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The handout's formats, for help and completion. */
    static final class HandoutFormats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of(Handouts.Format.values()).stream().map(Handouts.Format::label).iterator();
        }
    }
}
