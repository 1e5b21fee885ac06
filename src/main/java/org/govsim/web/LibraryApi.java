package org.govsim.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.govsim.app.CaseLibrary;
import org.govsim.app.ScenarioLibrary;
import org.govsim.scenario.InputException;
import org.govsim.scenario.Yaml;
import org.govsim.timeline.TimelineStore;

/** The cases, what-ifs and experiments a class works from, and the check of a file before it is used. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "library")
class LibraryApi {

    private final CaseLibrary library;
    private final ScenarioLibrary checker;

    LibraryApi(CaseLibrary library, TimelineStore store) {
        this.library = library;
        // the shared store: closing it after a check leaves it open, since the application owns its data source
        this.checker = new ScenarioLibrary(() -> store);
    }

    @GetMapping("/library")
    @Operation(summary = "The historical cases, the what-ifs (question, history, things to notice) and the experiments")
    CaseLibrary.Contents contents() {
        return library.contents();
    }

    @GetMapping(path = "/library/whatifs/{name}", produces = "application/yaml")
    @Operation(summary = "A shipped what-if as its YAML file, to read, change and fork with")
    ResponseEntity<String> whatIf(@PathVariable String name) {
        CaseLibrary.WhatIf w = library.findWhatIf(name).orElseThrow(() -> new NotFound("no what-if named '" + name
                + "' in the library"));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + w.name() + ".yaml\"")
                .contentType(MediaType.parseMediaType("application/yaml;charset=UTF-8"))
                .body(library.whatIfText(w));
    }

    @PostMapping(path = "/validate",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/yaml", "text/yaml", "application/x-yaml"})
    @Operation(summary = "Check a what-if (YAML or JSON) against a stored timeline (the case's, unless one is named) "
            + "without running on or storing anything")
    ScenarioLibrary.Entry validate(@RequestBody String body, @RequestParam(required = false) String timeline,
                                   HttpServletRequest request) {
        ScenarioLibrary.Entry e = Bodies.asFile(body, request, file -> {
            Yaml root = Yaml.load(file);
            if (!root.isMap() || !root.has("whatif")) {
                // scenarios, seeds and experiments name other files by path, which no request may lead the server to
                throw InputException.request("body", "the server checks what-ifs (against a stored timeline); check "
                        + "a scenario, seed or experiment file with 'govsim validate FILE'");
            }
            return checker.validate(file, againstTimeline(timeline));
        });
        return new ScenarioLibrary.Entry("body", e.kind(), e.name(), e.summary(), e.checkedAgainst());
    }

    /**
     * A what-if is checked in full against a stored timeline (its steps, people and settings); a body names no scenario
     * file, so without a timeline named the library's one case is taken, and with several cases one must be named.
     */
    private String againstTimeline(String timeline) {
        if (timeline != null) {
            return timeline;
        }
        if (library.contents().cases().size() != 1) {
            throw InputException.request("timeline", "name the timeline to check the what-if against");
        }
        return library.contents().cases().get(0).id();
    }

    /** A name the library does not hold. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}
