package org.govsim.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import org.govsim.app.CauseChain;
import org.govsim.app.Results;
import org.govsim.app.TimelineService;
import org.govsim.scenario.InputException;
import org.govsim.scenario.WhatIfFile;
import org.govsim.timeline.UnknownTimeline;

/** Stored timelines: list and lineage, events, state, story, causes, voting power, forks and comparisons. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "timelines")
class TimelinesApi {

    private final TimelineService timelines;
    private final ClassAccess access;

    TimelinesApi(TimelineService timelines, ClassAccess access) {
        this.timelines = timelines;
        this.access = access;
    }

    @GetMapping("/timelines")
    @Operation(summary = "Every stored timeline, parents before their branches")
    List<Results.Timeline> list(HttpServletRequest request) {
        if (!access.anyClass()) {
            return timelines.timelines();
        }
        java.util.Map<String, String> owners = timelines.owners();
        return timelines.timelines().stream().filter(t -> readable(request, t, owners)).toList();
    }

    /** Whether a class lets this request read the timeline (see {@link ClassVisibility}). */
    private boolean readable(HttpServletRequest request, Results.Timeline t, java.util.Map<String, String> owners) {
        String owner = owners.getOrDefault(t.name(), "");
        return access.mayRead(request, t.scenario(), owner.isEmpty() ? null : owner);
    }

    @GetMapping("/timelines/tree")
    @Operation(summary = "The lineage: each timeline of history with its branches, and theirs")
    List<Results.Node> tree(HttpServletRequest request) {
        if (!access.anyClass()) {
            return timelines.tree();
        }
        java.util.Map<String, String> owners = timelines.owners();
        return timelines.tree().stream().map(n -> visible(request, n, owners)).filter(java.util.Objects::nonNull)
                .toList();
    }

    /** The node as this request may see it: kept while it or a branch under it is readable. */
    private Results.Node visible(HttpServletRequest request, Results.Node node, java.util.Map<String, String> owners) {
        List<Results.Node> branches = node.branches().stream().map(b -> visible(request, b, owners))
                .filter(java.util.Objects::nonNull).toList();
        return branches.isEmpty() && !readable(request, node.timeline(), owners) ? null
                : new Results.Node(node.timeline(), branches);
    }

    @GetMapping("/timelines/{timeline}")
    @Operation(summary = "One timeline, by name or id")
    Results.Timeline one(@PathVariable String timeline) {
        return known(timeline);
    }

    record Rename(String name) {
    }

    @PatchMapping("/timelines/{timeline}")
    @Operation(summary = "Rename a branch (history is read-only)")
    Results.Timeline rename(@PathVariable String timeline, @RequestBody Rename body,
                            @Parameter(description = "the owner's key (or the admin token)")
                            @RequestHeader(name = OwnerKeys.HEADER, required = false) String key,
                            HttpServletRequest request) {
        Results.Timeline t = branch(timeline);
        if (body == null || body.name() == null) {
            throw InputException.request("name", "the new name is missing");
        }
        String given = OwnerKeys.given(key);
        return timelines.rename(t.name(), body.name(), owner -> OwnerKeys.mayChange(request, given, owner));
    }

    @DeleteMapping("/timelines/{timeline}")
    @Operation(summary = "Delete a branch, with its own branches when recursive (history is read-only)")
    Results.Deleted delete(@PathVariable String timeline, @RequestParam(defaultValue = "false") boolean recursive,
                           @Parameter(description = "the owner's key (or the admin token)")
                           @RequestHeader(name = OwnerKeys.HEADER, required = false) String key,
                           HttpServletRequest request) {
        Results.Timeline t = branch(timeline);
        String given = OwnerKeys.given(key);
        return timelines.delete(t.id(), recursive, owner -> OwnerKeys.mayChange(request, given, owner));
    }

    @GetMapping("/timelines/{timeline}/events")
    @Operation(summary = "A page of events with their provenance, filtered by actor, type, tier and time range",
            description = "Events never change, so a page carries an ETag; times are in the case's zone with its offset.")
    ResponseEntity<Results.EventPage> events(@PathVariable String timeline,
                                             @RequestParam(defaultValue = "0") long offset,
                                             @RequestParam(defaultValue = "100") int limit,
                                             @Parameter(description = "an actor's id (the event's aggregate)")
                                             @RequestParam(required = false) String actor,
                                             @RequestParam(required = false) String type,
                                             @Parameter(description = "reported, calibrated, modelled, assumed or what-if")
                                             @RequestParam(required = false) String tier,
                                             @Parameter(description = "ISO time, in the case's zone unless it has an offset")
                                             @RequestParam(required = false) String from,
                                             @RequestParam(required = false) String to,
                                             WebRequest request) {
        Results.Timeline t = known(timeline);
        String etag = "\"" + t.id() + "-" + Integer.toHexString(java.util.Objects.hash(offset, limit, actor, type, tier,
                from, to)) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        Results.EventPage page = timelines.events(new TimelineService.EventQuery(t.name(), offset, limit, actor, type, tier,
                from, to));
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache()).body(page);
    }

    @GetMapping("/timelines/{timeline}/state")
    @Operation(summary = "Every actor after an event (at), or after the last event at or before a time (atTime)")
    Results.State state(@PathVariable String timeline, @RequestParam(required = false) Long at,
                        @RequestParam(required = false) String atTime) {
        return timelines.state(timeline, at, atTime);
    }

    @GetMapping("/timelines/{timeline}/power")
    @Operation(summary = "Each director's voting power (Banzhaf, Shapley-Shubik) after an event")
    Results.Power power(@PathVariable String timeline, @RequestParam(required = false) Long at,
                        @RequestParam(required = false) String atTime) {
        return timelines.power(timeline, at, atTime);
    }

    @GetMapping("/timelines/{timeline}/story")
    @Operation(summary = "The story, each line with its rule, provenance and source; the lines of a stretch of time, an "
            + "actor or a tier if asked")
    Results.Story story(@PathVariable String timeline,
                        @Parameter(description = "ISO time, in the case's zone unless it has an offset")
                        @RequestParam(required = false) String from,
                        @RequestParam(required = false) String to,
                        @Parameter(description = "an actor's id (the event's aggregate)")
                        @RequestParam(required = false) String actor,
                        @Parameter(description = "reported, calibrated, modelled, assumed or what-if")
                        @RequestParam(required = false) String tier) {
        return timelines.story(new TimelineService.StoryQuery(timeline, from, to, actor, tier));
    }

    @GetMapping("/timelines/{timeline}/events/{seq}/why")
    @Operation(summary = "Why an event happened: its causes back to the givens")
    CauseChain why(@PathVariable String timeline, @PathVariable long seq) {
        return timelines.why(timeline, seq);
    }

    @PostMapping(path = "/timelines/{timeline}/forks",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/yaml", "text/yaml", "application/x-yaml"})
    @Operation(summary = "Fork at an event or time with a what-if (YAML or JSON, the what-if file's fields) and let the "
            + "actors play on; stored as a branch unless a dry run",
            description = "The branch is owned by the key sent in the " + OwnerKeys.HEADER + " header, or by a new one "
                    + "the answer carries in that header: renaming or deleting the branch takes it (or the admin token).")
    ResponseEntity<Results.Fork> fork(@PathVariable String timeline,
                                      @RequestParam(required = false) Long at,
                                      @RequestParam(required = false) String atTime,
                                      @RequestParam(required = false) String name,
                                      @RequestParam(defaultValue = "false") boolean dryRun,
                                      @RequestParam(defaultValue = "false") boolean check,
                                      @RequestBody(required = false) String body,
                                      @Parameter(description = "the owner's key; none, and the answer gives a new one")
                                      @RequestHeader(name = OwnerKeys.HEADER, required = false) String ownerKey,
                                      HttpServletRequest request) {
        known(timeline);
        WhatIfFile whatIf = body == null || body.isBlank() ? null : Bodies.read(body, request, WhatIfFile::read);
        String given = OwnerKeys.given(ownerKey);
        String key = dryRun ? null : given != null ? given : OwnerKeys.newKey();
        Results.Fork fork = timelines.fork(new TimelineService.ForkRequest(timeline, at, atTime, null, name, dryRun,
                check, key == null ? null : OwnerKeys.owner(key)), whatIf);
        if (!fork.stored()) {
            return ResponseEntity.ok(fork);
        }
        return ResponseEntity.created(URI.create("/api/v1/timelines/" + java.net.URLEncoder.encode(fork.timeline(),
                java.nio.charset.StandardCharsets.UTF_8))).header(OwnerKeys.HEADER, key).body(fork);
    }

    @GetMapping("/diff")
    @Operation(summary = "Two timelines side by side: outcomes, the first divergence, what happened in only one")
    Results.Diff diff(@RequestParam String a, @RequestParam String b) {
        return timelines.diff(a, b);
    }

    private Results.Timeline known(String timeline) {
        return timelines.find(timeline).orElseThrow(() -> new UnknownTimeline("timeline", timeline));
    }

    /** A branch the request may change: history (a replay, an import, a kept run) is read-only. */
    private Results.Timeline branch(String timeline) {
        Results.Timeline t = known(timeline);
        if (t.readOnly() || t.parent() == null) {
            throw new Problems.Forbidden("'" + t.name() + "' is history and read-only; fork it to make a branch of "
                    + "your own");
        }
        return t;
    }
}
