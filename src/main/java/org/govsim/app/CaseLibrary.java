package org.govsim.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.govsim.scenario.ExperimentFile;
import org.govsim.scenario.InputException;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.scenario.SeedWorld;
import org.govsim.scenario.WhatIfFile;
import org.govsim.scenario.Yaml;
import org.govsim.simulation.ScenarioPlan;

/**
 * What a class chooses from: the historical cases (scenario files), the what-ifs with their question, their history and
 * the things to notice, and the experiments, read from a library directory. Files are named by their relative path
 * inside it and never by a path a request gives.
 */
public final class CaseLibrary {

    /**
     * A historical case: its scenario's id (the name its timeline gets), title, time zone and span, and its sources by
     * key (where each story line's source key leads).
     */
    /** A shipped case: its scenario, what it is about, when and where it runs, and its sources. */
    public record Case(String id, String title, String description, String file, String zone, String start, String end,
                       Map<String, String> sources) {
    }

    /** A shipped what-if: what it asks, what happened in fact, what a class should look at, and which case it forks. */
    public record WhatIf(String name, String question, String history, List<String> thingsToNotice, String caseId,
                         String file) {
    }

    public record Experiment(String name, String title, int runs, String caseId, String file) {
    }

    public record Contents(List<Case> cases, List<WhatIf> whatifs, List<Experiment> experiments) {
    }

    private final Path root;
    private final Contents contents;

    private CaseLibrary(Path root, Contents contents) {
        this.root = root;
        this.contents = contents;
    }

    /** Reads every scenario, what-if and experiment under {@code root}; a broken file is bad input, named. */
    public static CaseLibrary read(Path root) {
        if (!Files.isDirectory(root)) {
            throw InputException.request("scenarios", root + " is not a directory");
        }
        List<Case> cases = new ArrayList<>();
        Map<String, java.time.Instant> starts = new java.util.HashMap<>();
        List<WhatIf> whatifs = new ArrayList<>();
        List<Experiment> experiments = new ArrayList<>();
        // what-ifs and experiments name their case by its scenario file: each file is read once for its id
        Map<Path, String> caseIds = new java.util.HashMap<>();
        java.util.function.Function<Path, String> caseId = p -> p == null ? null
                : caseIds.computeIfAbsent(p.toAbsolutePath().normalize(), q -> ScenarioLoader.load(q).id());
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String rel = root.relativize(f).toString();
                Yaml y = Yaml.load(f);
                if (y.has("whatif")) {
                    WhatIfFile w = WhatIfFile.load(f);
                    whatifs.add(new WhatIf(w.name(), w.question(), w.history(), w.thingsToNotice(),
                            caseId.apply(w.scenario()), rel));
                } else if (y.has("experiment")) {
                    ExperimentFile e = ExperimentFile.load(f);
                    experiments.add(new Experiment(e.name(), e.title(), e.runCount(), caseId.apply(e.scenarioFile()),
                            rel));
                } else if (y.has("scenario") && !y.has("calibration") && !y.has("organisation")) {
                    ScenarioPlan plan = ScenarioLoader.load(f);
                    caseIds.put(f.toAbsolutePath().normalize(), plan.id());
                    Map<String, String> sources = y.has("seed")
                            ? SeedWorld.load(f.toAbsolutePath().getParent().resolve(y.str("seed")).normalize()).sources
                            : Map.of();
                    starts.put(plan.id(), plan.start());
                    cases.add(new Case(plan.id(), plan.title(), y.str("description", ""), rel, plan.zone().getId(),
                            Times.iso(plan.start(), plan.zone()), Times.iso(plan.horizon(), plan.zone()),
                            java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the latest crisis first: a library reads from the present back
        cases.sort(java.util.Comparator.comparing((Case c) -> starts.get(c.id())).reversed());
        return new CaseLibrary(root, new Contents(List.copyOf(cases), List.copyOf(whatifs), List.copyOf(experiments)));
    }

    public Contents contents() {
        return contents;
    }

    public Optional<WhatIf> findWhatIf(String name) {
        return contents.whatifs().stream().filter(w -> w.name().equals(name)).findFirst();
    }

    public Optional<Experiment> findExperiment(String name) {
        return contents.experiments().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** A case as a reader meets it: what it is about, the what-ifs shipped with it and the decisions a player takes. */
    public record CaseGuide(Case about, List<WhatIf> whatifs, List<Decision> decisions) {
    }

    /** A decision point of a case: who takes it and what they are asked. */
    public record Decision(String id, String decides, String question) {
    }

    /** Every case, latest first, with its what-ifs' questions and its decision points. */
    public List<CaseGuide> guides() {
        List<CaseGuide> out = new ArrayList<>();
        for (Case c : contents.cases()) {
            List<Decision> decisions = ScenarioLoader.decisions(file(c.file())).stream()
                    .map(d -> new Decision(d.id(), d.decides(), d.question())).toList();
            out.add(new CaseGuide(c, contents.whatifs().stream().filter(w -> c.id().equals(w.caseId())).toList(),
                    decisions));
        }
        return out;
    }

    /** The scenario file of a listed case, by its id. */
    public Optional<Path> scenarioOf(String caseId) {
        return contents.cases().stream().filter(c -> c.id().equals(caseId)).findFirst().map(c -> file(c.file()));
    }

    /** The file of a listed case, what-if or experiment; only listed names lead to a file. */
    public Path file(String relative) {
        return root.resolve(relative);
    }

    /** A shipped what-if's text, as a user would download it. */
    public String whatIfText(WhatIf w) {
        try {
            return Files.readString(file(w.file()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
