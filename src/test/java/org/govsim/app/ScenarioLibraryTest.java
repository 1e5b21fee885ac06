package org.govsim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.govsim.timeline.Database;
import org.govsim.timeline.TimelineStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLibraryTest {

    @TempDir
    Path data;

    @Test
    void theShippedLibraryListsEveryScenarioWhatIfAndExperimentChecked() {
        var library = new ScenarioLibrary(() -> TimelineStore.open(Database.h2(data)));
        var entries = library.list(Path.of("scenarios"));
        assertThat(entries).extracting(ScenarioLibrary.Entry::kind).contains("scenario", "whatif", "experiment");
        assertThat(entries).filteredOn(e -> e.kind().equals("whatif")).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(e -> assertThat(e.summary()).endsWith("?"));
        assertThat(library.validate(Path.of("seeds/openai-2023.yaml")).kind()).isEqualTo("seed");
    }
}
