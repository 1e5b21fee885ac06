package org.govsim.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.govsim.app.Results;
import org.govsim.app.TimelineService;

/**
 * A read of a timeline that a class keeps from the requester is refused before it is answered (403): a student's branch
 * by anyone but the student, their instructor and the administrator; while a class runs unrevealed on a case, that
 * case's history and other people's branches by anyone but the class's instructor and the administrator. A fork is a
 * read of what it forks. The first turn of a play on history stays open (it tells the story only up to the first
 * decision), and so does a choice there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ClassVisibility extends OncePerRequestFilter {

    private static final Pattern TIMELINE = Pattern.compile("/api/v1/timelines/([^/]+)(/.*)?");
    private static final Pattern PLAY = Pattern.compile("/api/v1/plays/([^/]+)");
    private static final Pattern PLAY_CHOICE = Pattern.compile("/api/v1/plays/([^/]+)/choices");
    private static final Pattern FORK = Pattern.compile("/api/v1/timelines/([^/]+)/forks");

    private final ClassAccess access;
    private final TimelineService timelines;
    private final ObjectMapper mapper;

    ClassVisibility(ClassAccess access, TimelineService timelines, ObjectMapper mapper) {
        this.access = access;
        this.timelines = timelines;
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!access.anyClass() || Guard.isAdmin(request)) {
            // no class hides anything (the common case): no timeline need be looked up
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI();
        List<String> read = new ArrayList<>();
        Matcher t = TIMELINE.matcher(path);
        Matcher p = PLAY.matcher(path);
        Matcher choice = PLAY_CHOICE.matcher(path);
        boolean reading = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        boolean firstTurn = false;
        if (request.getMethod().equals("POST") && (choice.matches() || FORK.matcher(path).matches())) {
            // a fork of a timeline shows what it shares: it is read as much as forked
            Matcher forked = choice.matches() ? choice : FORK.matcher(path);
            forked.matches();
            read.add(decode(forked.group(1)));
            firstTurn = choice.matches();
        } else if (!reading) {
            chain.doFilter(request, response);
            return;
        } else if (t.matches() && !t.group(1).equals("tree")) {
            read.add(decode(t.group(1)));
        } else if (p.matches()) {
            read.add(decode(p.group(1)));
            firstTurn = true;
        } else if (path.equals("/api/v1/diff")) {
            for (String side : new String[]{"a", "b"}) {
                if (request.getParameter(side) != null) {
                    read.add(request.getParameter(side));
                }
            }
        }
        for (String name : read) {
            Results.Timeline timeline = timelines.find(name).orElse(null);
            if (timeline == null) {
                continue;   // the endpoint answers 404
            }
            String owner = timelines.ownerOf(name).map(o -> o.isEmpty() ? null : o).orElse(null);
            boolean history = timeline.parent() == null;
            if (firstTurn && history || access.mayRead(request, timeline.scenario(), owner)) {
                continue;
            }
            Guard.refuse(mapper, request, response, HttpStatus.FORBIDDEN, "hidden", "'" + name + "' is hidden: "
                    + (owner != null ? "it is a branch of someone else's" : "a class is playing case '"
                    + timeline.scenario() + "' and its history is hidden until the instructor reveals it"));
            return;
        }
        chain.doFilter(request, response);
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }
}
