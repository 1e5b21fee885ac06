package org.govsim.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.govsim.board.BoardEvents.BoardConstituted;
import org.govsim.board.BoardEvents.DirectorProfile;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.simulation.ModelParameters;
import org.govsim.simulation.ScenarioPlan;

/** The historical crisis with a board that never gives in, run as long as asked: a long timeline for tests and benchmarks. */
public final class Standoff {

    private Standoff() {
    }

    public static ScenarioPlan plan(String id, Duration span, UnaryOperator<ModelParameters> parameters) {
        ScenarioPlan p = ScenarioLoader.load(Path.of("scenarios/openai-2023-board-crisis.yaml"));
        List<ScenarioPlan.SeedFact> seed = new ArrayList<>();
        for (ScenarioPlan.SeedFact f : p.seedWorld()) {
            if (f.event() instanceof BoardConstituted b) {
                List<DirectorProfile> steadfast = b.directors().stream()
                        .map(d -> new DirectorProfile(d.person(), 1e12, d.susceptibility())).toList();
                f = new ScenarioPlan.SeedFact(new BoardConstituted(b.board(), b.bylaws(), steadfast, b.chair()), f.source());
            }
            seed.add(f);
        }
        List<ScenarioPlan.ScriptStep> script = p.script().stream().filter(s -> !s.epilogue()).toList();
        return new ScenarioPlan(id, "A board that never gives in", p.seed(), p.zone(), p.start(), p.start().plus(span),
                parameters.apply(p.parameters()), seed, script);
    }
}
