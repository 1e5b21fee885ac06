package org.govsim.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import org.govsim.app.SweepRuns;
import org.govsim.scenario.InputException;

/**
 * Sweeps of the shipped experiments: started by name, followed as progress or a stream of server-sent events, read as
 * summary rows and chart data; and the quick sweep behind a slider, answered within the request.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "sweeps")
class SweepsApi {

    /** How often a stream looks at its sweep; a sweep of the library takes a second or so. */
    static final long STREAM_EVERY_MS = 200;
    /** A stream left open longer than the largest sweep takes is closed by the server. */
    static final long STREAM_TIMEOUT_MS = 10 * 60_000;

    private final SweepRuns sweeps;
    // one thread looks at every open stream, so no sweep's own thread ever writes to a client
    private final ScheduledExecutorService streams = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sweep-streams");
        t.setDaemon(true);
        return t;
    });

    SweepsApi(SweepRuns sweeps) {
        this.sweeps = sweeps;
    }

    /** A shipped experiment, by the name the library lists. */
    record StartRequest(String experiment) {
    }

    @PostMapping(path = "/sweeps", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Start a sweep of a shipped experiment, by name, in the background (at most two at once)",
            description = "Answers 202 with the sweep's id and a Location to follow; a third sweep while two run is 429.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = StartRequest.class))))
    ResponseEntity<SweepRuns.Started> start(@RequestBody(required = false) JsonNode body) {
        fields(body, List.of("experiment"));
        SweepRuns.Started s;
        try {
            s = sweeps.start(text(body, "experiment"));
        } catch (SweepRuns.Busy e) {
            throw new Problems.TooMany(e.getMessage());
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/sweeps/" + s.id())).body(s);
    }

    @GetMapping("/sweeps/{id}")
    @Operation(summary = "A sweep's progress: running, done or failed; runs done of all; runs per second")
    SweepRuns.Progress progress(@PathVariable String id) {
        return sweeps.progress(id);
    }

    @GetMapping(path = "/sweeps/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "A sweep's progress as server-sent events: 'progress' as runs finish, then 'done' or 'failed'")
    SseEmitter stream(@PathVariable String id) {
        SweepRuns.Progress first = sweeps.progress(id);
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT_MS);
        AtomicReference<SweepRuns.Progress> last = new AtomicReference<>();
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        AtomicBoolean over = new AtomicBoolean();
        Runnable look = () -> {
            // the first look may end the stream before its task is known: a later look only cancels it
            if (over.get()) {
                cancel(task);
                return;
            }
            try {
                SweepRuns.Progress p = sweeps.progress(id);
                SweepRuns.Progress before = last.getAndSet(p);
                if (p.finished()) {
                    over.set(true);
                    emitter.send(SseEmitter.event().name(p.status()).data(p, MediaType.APPLICATION_JSON));
                    emitter.complete();
                    cancel(task);
                } else if (before == null || before.done() != p.done()) {
                    emitter.send(SseEmitter.event().name("progress").data(p, MediaType.APPLICATION_JSON));
                }
            } catch (IOException | IllegalStateException | SweepRuns.Unknown e) {
                // the client has gone, or the sweep was forgotten: nothing more to tell
                over.set(true);
                emitter.completeWithError(e);
                cancel(task);
            }
        };
        Runnable stop = () -> {
            over.set(true);
            cancel(task);
        };
        emitter.onCompletion(stop);
        emitter.onTimeout(stop);
        emitter.onError(e -> stop.run());
        if (first.finished()) {
            look.run();
        } else {
            task.set(streams.scheduleWithFixedDelay(look, 0, STREAM_EVERY_MS, TimeUnit.MILLISECONDS));
        }
        return emitter;
    }

    private static void cancel(AtomicReference<ScheduledFuture<?>> task) {
        ScheduledFuture<?> f = task.get();
        if (f != null) {
            f.cancel(false);
        }
    }

    @GetMapping("/sweeps/{id}/results")
    @Operation(summary = "A finished sweep's summary rows, and per combination of its listed settings each metric's "
            + "distribution for a chart (histogram bins for numbers, shares for yes/no and categories)")
    SweepRuns.SweepResults results(@PathVariable String id) {
        return sweeps.results(id);
    }

    /** What a slider moves: a setting the experiment varies with numbers, to a value, for a number of runs. */
    record QuickRequest(String experiment, String parameter, java.math.BigDecimal value, Integer runs) {
    }

    /** The sliders of an experiment and the bounds on runs, for a page to draw its controls. */
    record Sliders(String experiment, List<String> parameters, int runs, int maxRuns) {
    }

    @GetMapping("/sweeps/quick")
    @Operation(summary = "The settings a slider may move in a shipped experiment: those it varies with numbers")
    Sliders sliders(@RequestParam String experiment) {
        return new Sliders(experiment, sweeps.sliders(experiment), SweepRuns.QUICK_RUNS, SweepRuns.MAX_QUICK_RUNS);
    }

    @PostMapping(path = "/sweeps/quick", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A quick sweep for a slider: 200 runs (at most 500) of a shipped experiment with one of its "
            + "varied settings at a value, answered at once with each metric's distribution",
            description = "The slider's settings are those the experiment varies with numbers (workforce.thresholdShift "
                    + "in workforce-loyalty; model.offerThresholdDiscount and model.outsideOfferMultiplier in "
                    + "outside-offer); the others stay at the scenario's values. Run i has the same seed at every "
                    + "value, so two positions of the slider compare the same draws.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = QuickRequest.class))))
    SweepRuns.QuickResult quick(@RequestBody(required = false) JsonNode body) {
        fields(body, List.of("experiment", "parameter", "value", "runs"));
        JsonNode value = body.get("value");
        if (value != null && !value.isNull() && !(value.isNumber() && Double.isFinite(value.doubleValue()))) {
            throw InputException.request("value", "a number, found " + value);
        }
        JsonNode runs = body.get("runs");
        if (runs != null && !runs.isNull() && !(runs.isIntegralNumber() && runs.canConvertToInt())) {
            throw InputException.request("runs", "a whole number of runs, found " + runs);
        }
        try {
            return sweeps.quick(text(body, "experiment"), text(body, "parameter"),
                    value == null || value.isNull() ? null : value.decimalValue(),
                    runs == null || runs.isNull() ? null : runs.intValue());
        } catch (SweepRuns.Busy e) {
            throw new Problems.TooMany(e.getMessage());
        }
    }

    /** A JSON object with only the fields named; a field of another name is refused by its name. */
    private static void fields(JsonNode body, List<String> known) {
        if (body == null || !body.isObject()) {
            throw InputException.request(known.get(0), "the body is a JSON object with " + String.join(", ", known));
        }
        body.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f)) {
                throw InputException.request(f, "unknown field (expected " + String.join(", ", known) + ")");
            }
        });
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw InputException.request(field, "a name in quotes, found " + v);
        }
        return v.asText();
    }

    @ExceptionHandler(SweepRuns.Unknown.class)
    ProblemDetail unknown(SweepRuns.Unknown e, HttpServletRequest request) {
        ProblemDetail p = Problems.problem(HttpStatus.NOT_FOUND, "unknown-sweep", e.getMessage(), request);
        p.setProperty("field", "id");
        return p;
    }

    @ExceptionHandler(SweepRuns.NotReady.class)
    ProblemDetail notReady(SweepRuns.NotReady e, HttpServletRequest request) {
        return Problems.problem(HttpStatus.CONFLICT, "sweep-not-finished", e.getMessage(), request);
    }

    @PreDestroy
    void stopStreams() {
        streams.shutdownNow();
    }
}
