package org.govsim.web;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.govsim.app.CaseLibrary;
import org.govsim.app.ClassService;
import org.govsim.app.Results;
import org.govsim.scenario.InputException;
import org.govsim.timeline.ClassStore;

/**
 * A class: opened by an instructor (with the admin token when the server listens beyond this machine), joined by
 * students with its code, run by the instructor with their secret ({@value ClassAccess#INSTRUCTOR}). No cookies are
 * used: the key and the secret travel in headers a page sets itself, so another site cannot make a browser send them.
 */
@RestController
@RequestMapping("/api/v1/classes")
@Tag(name = "classes")
class ClassesApi {

    /** Failed codes a client may try in a minute; more get 429. */
    static final int FAILED_CODES_A_MINUTE = 10;

    private final ClassService classes;
    private final ClassAccess access;
    private final CaseLibrary library;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    ClassesApi(ClassService classes, ClassAccess access, CaseLibrary library) {
        this.classes = classes;
        this.access = access;
        this.library = library;
    }

    record Opening(String caseId, String role, String title, Integer hours) {
    }

    @PostMapping
    @Operation(summary = "Open a class on a case for a role: answers its join code for the students and the "
            + "instructor's secret, each given only here")
    ResponseEntity<Results.ClassOpened> open(@RequestBody String body) {
        Opening o = Bodies.json(body, Opening.class);
        if (o.caseId() == null) {
            throw InputException.request("caseId", "a class is opened on a case of the library");
        }
        if (o.hours() != null && (o.hours() < 1 || o.hours() > 24 * 14)) {
            throw InputException.request("hours", "a class lasts 1 hour to 14 days");
        }
        Results.ClassOpened opened = classes.open(o.caseId(), scenario(o.caseId()), o.role(), o.title(),
                o.hours() == null ? ClassService.DEFAULT_LIFETIME : Duration.ofHours(o.hours()));
        access.changed();
        return ResponseEntity.created(URI.create("/api/v1/classes/mine")).body(opened);
    }

    record Joining(String code, String name) {
    }

    @PostMapping("/join")
    @Operation(summary = "Join a class by its code under a name: answers the student's key (give it as "
            + OwnerKeys.HEADER + " from then on), given only here")
    ResponseEntity<Results.Joined> join(@RequestBody String body, HttpServletRequest request) {
        String client = request.getRemoteAddr();
        if (recentFailures(client) >= FAILED_CODES_A_MINUTE) {
            throw new Problems.TooMany("more than " + FAILED_CODES_A_MINUTE + " wrong codes in a minute from here; "
                    + "wait a minute");
        }
        Joining j = Bodies.json(body, Joining.class);
        try {
            Results.Joined joined = classes.join(j.code(), j.name());
            access.changed();
            return ResponseEntity.status(201).body(joined);
        } catch (ClassService.Refused e) {
            failures.computeIfAbsent(client, k -> new ArrayDeque<>()).addLast(System.nanoTime());
            throw e;
        }
    }

    private int recentFailures(String client) {
        Deque<Long> times = failures.get(client);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            long minuteAgo = System.nanoTime() - 60_000_000_000L;
            while (!times.isEmpty() && times.peekFirst() < minuteAgo) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    @GetMapping("/mine")
    @Operation(summary = "The instructor's class: every student's choices, ending and prediction scores, live")
    Results.ClassTable table(@Parameter(description = "the instructor's secret")
                             @RequestHeader(name = ClassAccess.INSTRUCTOR, required = false) String secret) {
        ClassStore.ClassRow c = classes.forInstructor(secret);
        return classes.table(c, scenario(c.caseId()));
    }

    @GetMapping(path = "/mine/results.csv", produces = "text/csv")
    @Operation(summary = "The class's results as CSV: a row per student, a column per decision")
    ResponseEntity<String> csv(@RequestHeader(name = ClassAccess.INSTRUCTOR, required = false) String secret) {
        ClassStore.ClassRow c = classes.forInstructor(secret);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"class-results.csv\"")
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(classes.csv(c, scenario(c.caseId())));
    }

    @PostMapping("/mine/reveal")
    @Operation(summary = "Reveal the case's history to the class")
    Results.ClassTable reveal(@RequestHeader(name = ClassAccess.INSTRUCTOR, required = false) String secret) {
        ClassStore.ClassRow c = classes.forInstructor(secret);
        classes.reveal(c);
        access.changed();
        return classes.table(classes.forInstructor(secret), scenario(c.caseId()));
    }

    @PostMapping("/mine/reset")
    @Operation(summary = "Delete every student's branches, then their names")
    Results.ClassReset reset(@RequestHeader(name = ClassAccess.INSTRUCTOR, required = false) String secret) {
        Results.ClassReset reset = classes.reset(classes.forInstructor(secret));
        access.changed();
        return reset;
    }

    @PostMapping("/mine/close")
    @Operation(summary = "Close the class: its code and secret stop working, the students' branches stay")
    ResponseEntity<Void> close(@RequestHeader(name = ClassAccess.INSTRUCTOR, required = false) String secret) {
        classes.close(classes.forInstructor(secret));
        access.changed();
        return ResponseEntity.noContent().build();
    }

    private java.nio.file.Path scenario(String caseId) {
        return library.scenarioOf(caseId).orElseThrow(() -> new LibraryApi.NotFound("no case '" + caseId
                + "' in the library"));
    }
}
