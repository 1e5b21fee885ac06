package org.govsim.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.govsim.scenario.DecisionPoint;
import org.govsim.timeline.TimelineStore;

/**
 * Plays every case as each of its deciding roles, option after option, on a store of its own in memory, so that the
 * code a class's choices run through (the runs, the store's inserts, the story) is compiled before the class comes.
 * On a fresh server 40 choices at once waited twice as long as on one that had served a few hundred plays, its CPU
 * going to the compiler (docs/benchmarks.md). Nothing of it reaches the server's own store.
 */
public final class PlayWarmUp {

    /** Rounds played on one store before it is dropped for a fresh one. */
    static final int ROUNDS_A_STORE = 5;

    private PlayWarmUp() {
    }

    /**
     * Plays until {@code budget} has passed or {@code stop} says so (a play under way is finished); returns how many
     * plays were made.
     */
    public static int run(CaseLibrary library, Duration budget, java.util.function.BooleanSupplier stop) {
        long deadline = System.nanoTime() + budget.toNanos();
        int plays = 0;
        for (int first = 0; System.nanoTime() < deadline && !stop.getAsBoolean(); first += ROUNDS_A_STORE) {
            int before = plays;
            // a store for a few rounds: what the warm-up keeps in memory stays bounded however long it runs, and the
            // cases' histories are not replayed for every round
            try (TimelineStore memory = TimelineStore.inMemory()) {
                PlayService service = new PlayService(memory);
                for (int round = first; round < first + ROUNDS_A_STORE; round++) {
                    for (CaseLibrary.Case c : library.contents().cases()) {
                        Path file = library.file(c.file());
                        List<String> roles;
                        try {
                            roles = service.decisions(file, null).stream().map(DecisionPoint::decides).distinct()
                                    .toList();
                        } catch (RuntimeException e) {
                            // a case that cannot be read warms nothing; the others still do
                            continue;
                        }
                        for (String role : roles) {
                            int pick = round;
                            try {
                                service.play(new PlayService.PlayRequest(file, role, Map.of(), null, null, null),
                                        (decision, story, zone) -> decision.options()
                                                .get(pick % decision.options().size()).id());
                                plays++;
                            } catch (RuntimeException e) {
                                // the same play fails for its player with a clear error; here it only warms less
                            }
                            if (System.nanoTime() >= deadline || stop.getAsBoolean()) {
                                return plays;
                            }
                        }
                    }
                }
            }
            if (plays == before) {
                return plays;
            }
        }
        return plays;
    }
}
