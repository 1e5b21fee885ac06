package org.govsim.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.govsim.app.Results;
import org.govsim.app.TimelineService;
import org.govsim.timeline.TimelineStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped cases and their what-ifs, and branches made at random from the OpenAI case, contradict nothing of their
 * own.
 */
class EveryBranchIsConsistentTest {

    static final Path SCENARIO = Path.of("scenarios/openai-2023-board-crisis.yaml");
    static final Path WHATIFS = Path.of("scenarios/what-if/openai-2023");

    /** Scripted steps a generated branch may remove. */
    static final List<String> STEPS = List.of("{vote: remove-altman}", "{vote: appoint-shear}", "{vote: observer-seat}",
            "{settlement: return-terms-11-18}", "{settlement: return-terms-11-19}", "{settlement: agreement-11-21}",
            "{offer: microsoft}", "{approach: amodei}");

    /** Parameters a generated branch may draw, with their ranges. */
    static final List<Object[]> PARAMETERS = List.of(
            new Object[] {"directors.sutskever.resolve", 5.0, 400.0},
            new Object[] {"directors.dangelo.resolve", 50.0, 600.0},
            new Object[] {"directors.toner.resolve", 50.0, 600.0},
            new Object[] {"workforce.signRateDay", 0.05, 1.5},
            new Object[] {"workforce.thresholdShift", -0.3, 0.3},
            new Object[] {"model.weightSignatures", 0.0, 6.0},
            new Object[] {"model.pressureTolerance", 1.0, 12.0},
            new Object[] {"investors.microsoft.reactionHours", 1.0, 80.0},
            new Object[] {"loyalists.brockman.quitAfterHours", 0.5, 48.0},
            new Object[] {"candidates.amodei.tolerance", 0.0, 1.0});

    static TimelineStore store;
    static TimelineService service;

    @TempDir
    static Path dir;

    @BeforeAll
    static void replayHistory() {
        store = TimelineStore.inMemory();
        service = new TimelineService(store);
        service.replay(SCENARIO, "history");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyShippedWhatIfIsConsistent() throws IOException {
        try (Stream<Path> files = Files.list(WHATIFS)) {
            for (Path whatIf : files.sorted().toList()) {
                assertThat(contradictions(whatIf)).as(whatIf.toString()).isEmpty();
            }
        }
    }

    /** Every case of the library, its history and each of its what-ifs: the checker finds nothing in any of them. */
    @Test
    void everyCaseAndEachOfItsWhatIfsIsConsistent() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            cases = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(5);
        for (Path scenario : cases) {
            String name = scenario.getFileName().toString().replaceFirst("\\.yaml$", "");
            if (!name.equals("openai-2023-board-crisis")) {
                service.replay(scenario, name);
            }
            String parent = name.equals("openai-2023-board-crisis") ? "history" : name;
            assertThat(service.check(parent).contradictions()).as(name).isEmpty();
            Path whatIfs = Path.of("scenarios/what-if", name.replaceFirst("^([a-z]+-[0-9]{4}).*", "$1"));
            try (Stream<Path> files = Files.list(whatIfs)) {
                for (Path whatIf : files.sorted().toList()) {
                    Results.Fork fork = service.fork(new TimelineService.ForkRequest(parent, null, null, whatIf, null,
                            false));
                    assertThat(service.check(fork.timeline()).contradictions()).as(whatIf.toString()).isEmpty();
                }
            }
        }
    }

    @Test
    void fiftyBranchesWithStepsRemovedAndParametersDrawnAreConsistent() throws IOException {
        Random random = new Random(20231117);
        for (int i = 0; i < 50; i++) {
            StringBuilder yaml = new StringBuilder("whatif: generated-" + i + "\nquestion: generated\n"
                    + "forkAt: {time: 2023-11-17T00:00}\n");
            List<String> removed = new ArrayList<>(STEPS);
            java.util.Collections.shuffle(removed, random);
            int remove = random.nextInt(3);
            if (remove > 0) {
                yaml.append("remove:\n");
                removed.subList(0, remove).forEach(s -> yaml.append("  - ").append(s).append('\n'));
            }
            yaml.append("set:\n");
            List<Object[]> drawn = new ArrayList<>(PARAMETERS);
            java.util.Collections.shuffle(drawn, random);
            for (Object[] p : drawn.subList(0, 1 + random.nextInt(4))) {
                double lo = (double) p[1];
                double hi = (double) p[2];
                yaml.append("  ").append(p[0]).append(": ")
                        .append(String.format(java.util.Locale.ROOT, "%.3f", lo + random.nextDouble() * (hi - lo)))
                        .append('\n');
            }
            Path whatIf = dir.resolve("generated-" + i + ".yaml");
            Files.writeString(whatIf, yaml);
            assertThat(contradictions(whatIf)).as(yaml.toString()).isEmpty();
        }
    }

    private static List<CheckReportLine> contradictions(Path whatIf) {
        Results.Fork fork = service.fork(new TimelineService.ForkRequest("history", null, null, whatIf, null, false));
        return service.check(fork.timeline()).contradictions().stream()
                .map(f -> new CheckReportLine(f.seq(), f.rule(), f.why(), f.line())).toList();
    }

    record CheckReportLine(long seq, String rule, String why, String line) {
    }
}
