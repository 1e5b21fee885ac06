package org.govsim.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.govsim.app.CaseLibrary;
import org.govsim.app.PlayService;
import org.govsim.app.Predictions;
import org.govsim.app.Results;
import org.govsim.app.TimelineService;
import org.govsim.scenario.InputException;

/**
 * Playing a case as one of its actors, a turn per request: where a play stands in a timeline (history to begin with),
 * and a choice at its next decision, which forks a branch owned like any other. The instructor's notes of a debrief are
 * not served here: they are for the instructor, not the player.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "plays")
class PlaysApi {

    private final PlayService plays;
    private final TimelineService timelines;
    private final CaseLibrary library;

    private final ClassAccess access;

    PlaysApi(PlayService plays, TimelineService timelines, CaseLibrary library, ClassAccess access) {
        this.plays = plays;
        this.access = access;
        this.timelines = timelines;
        this.library = library;
    }

    @GetMapping("/cases/{caseId}/decisions")
    @Operation(summary = "A case's decision points (who decides, the question, the options), for a role or all")
    List<Results.PlayStep> decisions(@PathVariable String caseId, @RequestParam(required = false) String role) {
        return plays.decisions(scenario(caseId), role).stream()
                .map(d -> new Results.PlayStep(d.id(), d.decides(), d.question(), d.options().stream()
                        .map(o -> new Results.PlayOption(o.id(), o.label())).toList(), null, null, null, null, null))
                .toList();
    }

    @GetMapping("/plays/{timeline}")
    @Operation(summary = "Where a play stands in a timeline (the case's history to begin): the role's next decision, "
            + "those passed over, the story since the last choice; at the end the outcome, prediction and debrief")
    Results.Turn turn(@PathVariable String timeline, @RequestParam(required = false) String role,
                      jakarta.servlet.http.HttpServletRequest request) {
        Results.Timeline t = known(timeline);
        return forPlayer(plays.next(scenario(t.scenario()), t.name(), role), historyHidden(request, t));
    }

    /** A choice: the decision it answers, the option, and with the first choice a prediction. */
    record Choice(String decision, String option, String role, String name, Predictions.Prediction prediction) {
    }

    @PostMapping("/plays/{timeline}/choices")
    @Operation(summary = "Choose at the play's next decision in this timeline: forks a branch there (owned as a fork "
            + "is) and answers where the play stands in it")
    ResponseEntity<Results.Turn> choose(@PathVariable String timeline,
                                        @io.swagger.v3.oas.annotations.parameters.RequestBody(content =
                                        @io.swagger.v3.oas.annotations.media.Content(schema =
                                        @io.swagger.v3.oas.annotations.media.Schema(implementation = Choice.class)))
                                        @RequestBody String body,
                                        @Parameter(description = "the owner's key; none, and the answer gives a new one")
                                        @RequestHeader(name = OwnerKeys.HEADER, required = false) String ownerKey,
                                        jakarta.servlet.http.HttpServletRequest request) {
        Choice choice = Bodies.json(body, Choice.class);
        if (choice == null || choice.decision() == null || choice.option() == null) {
            throw InputException.request(choice == null || choice.decision() == null ? "decision" : "option",
                    "a choice names the decision and the option");
        }
        String given = OwnerKeys.given(ownerKey);
        String key = given != null ? given : OwnerKeys.newKey();
        Results.Timeline parent = known(timeline);
        Results.Turn turn = forPlayer(plays.choose(new PlayService.ChoiceRequest(scenario(parent.scenario()), parent.name(),
                choice.role(), choice.decision(), choice.option(), choice.prediction(), choice.name(),
                OwnerKeys.owner(key))), historyHidden(request, parent));
        return ResponseEntity.created(URI.create("/api/v1/plays/" + URLEncoder.encode(turn.timeline(),
                StandardCharsets.UTF_8))).header(OwnerKeys.HEADER, key).body(turn);
    }

    private Path scenario(String caseId) {
        return library.scenarioOf(caseId).orElseThrow(() -> new LibraryApi.NotFound("no case '" + caseId
                + "' in the library"));
    }

    private Results.Timeline known(String timeline) {
        return timelines.find(timeline).orElseThrow(() -> new org.govsim.timeline.UnknownTimeline("timeline", timeline));
    }

    /** Whether a class keeps the case's history from this request (its instructor has not revealed it yet). */
    private boolean historyHidden(jakarta.servlet.http.HttpServletRequest request, Results.Timeline t) {
        return !access.mayRead(request, t.scenario(), null);
    }

    /**
     * The turn without the instructor's notes; while a class keeps the history hidden, without what history did
     * (its outcome, the score against it, what was decided in fact).
     */
    private static Results.Turn forPlayer(Results.Turn turn, boolean historyHidden) {
        Results.PlayStep decision = historyHidden ? withoutHistory(turn.decision()) : turn.decision();
        List<Results.PlayStep> skipped = historyHidden ? turn.skipped().stream().map(PlaysApi::withoutHistory).toList()
                : turn.skipped();
        Results.Ending e = turn.ending();
        Results.Ending ending = null;
        if (e != null) {
            Results.Debrief d = e.debrief();
            Results.PredictionScore p = e.prediction();
            ending = new Results.Ending(e.outcome(), historyHidden ? null : e.historyOutcome(),
                    p == null ? null : historyHidden ? new Results.PredictionScore(p.madeAt(), p.branch(), null) : p,
                    new Results.Debrief(d.questions(), List.of(), d.decisive(), d.powerBefore(), d.powerAfter()));
        }
        return new Results.Turn(turn.timeline(), turn.history(), turn.role(), turn.zone(), turn.firstChoice(),
                decision, skipped, turn.story(), ending);
    }

    private static Results.PlayStep withoutHistory(Results.PlayStep s) {
        return s == null ? null : new Results.PlayStep(s.decision(), s.decides(), s.question(), s.options(), s.chosen(),
                s.chosenLabel(), s.branch(), null, s.skipped());
    }
}
