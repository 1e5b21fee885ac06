package org.govsim.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import org.govsim.scenario.InputException;
import org.govsim.simulation.EventBudgetExceeded;
import org.govsim.timeline.ChangeRefused;
import org.govsim.timeline.NameTakenException;
import org.govsim.timeline.StoreException;
import org.govsim.timeline.UnknownTimeline;

/**
 * Every error as RFC 9457 problem+json: what was wrong, and for bad input the field (and the line of a YAML or JSON
 * body). Spring's own refusals (an unknown path, a wrong method, a parameter of the wrong type) take the same form
 * through the base class.
 */
@RestControllerAdvice
class Problems extends ResponseEntityExceptionHandler {

    static final String BASE = "https://govsim.org/problems/";

    /** A problem of {@code status} with a type named {@code kind} and the request's path as its instance. */
    static ProblemDetail problem(HttpStatus status, String kind, String detail, HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(BASE + kind));
        p.setTitle(status.getReasonPhrase());
        if (request != null) {
            try {
                p.setInstance(new URI(null, null, request.getRequestURI(), null));
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                // a path that is no URI gets no instance; the detail says what was wrong
            }
        }
        return p;
    }

    @ExceptionHandler(UnknownTimeline.class)
    ProblemDetail unknown(UnknownTimeline e, HttpServletRequest request) {
        ProblemDetail p = problem(HttpStatus.NOT_FOUND, "unknown-timeline", e.getMessage(), request);
        p.setProperty("field", e.field());
        return p;
    }

    @ExceptionHandler(LibraryApi.NotFound.class)
    ProblemDetail notInLibrary(LibraryApi.NotFound e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "not-in-library", e.getMessage(), request);
    }

    @ExceptionHandler(InputException.class)
    ProblemDetail badInput(InputException e, HttpServletRequest request) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "bad-input", e.getMessage(), request);
        p.setProperty("field", e.field());
        if (!e.inRequest()) {
            // the only files a request leads to are its own body and the shipped library's
            Object body = request.getAttribute(Bodies.BODY_FILE);
            p.setProperty("file", body != null && e.file().equals(body.toString()) ? "body" : "library");
            p.setProperty("line", e.line());
        }
        return p;
    }

    @ExceptionHandler(org.govsim.app.ClassService.Refused.class)
    ProblemDetail classRefused(org.govsim.app.ClassService.Refused e, HttpServletRequest request) {
        // an unknown code or secret is not known to be anyone's (401); a closed or expired class refuses it (403)
        return problem(e.unknown() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN,
                e.unknown() ? "unknown-class" : "class-over", e.getMessage(), request);
    }

    @ExceptionHandler(ChangeRefused.class)
    ProblemDetail notYours(ChangeRefused e, HttpServletRequest request) {
        ProblemDetail p = problem(HttpStatus.FORBIDDEN, "not-yours", e.getMessage() + ": a branch made through the "
                + "web is changed with its owner's key (header " + OwnerKeys.HEADER + ") or by the administrator", request);
        p.setProperty("timeline", e.timeline());
        return p;
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", e.getMessage(), request);
    }

    @ExceptionHandler(TooMany.class)
    ResponseEntity<ProblemDetail> tooMany(TooMany e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "too-many", e.getMessage(), request));
    }

    @ExceptionHandler(NameTakenException.class)
    ProblemDetail taken(NameTakenException e, HttpServletRequest request) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "name-taken", e.getMessage(), request);
        p.setProperty("field", "name");
        return p;
    }

    @ExceptionHandler(EventBudgetExceeded.class)
    ProblemDetail budget(EventBudgetExceeded e, HttpServletRequest request) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "event-budget", e.getMessage(), request);
    }

    /** The store's own words name its directory or server and the driver's message: the log has them, not the client. */
    @ExceptionHandler(StoreException.class)
    ProblemDetail store(StoreException e, HttpServletRequest request) {
        logger.error("store failure at " + request.getRequestURI() + ": " + e.getMessage(), e);
        return e.isEnvironment()
                ? problem(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "the timeline store cannot be reached or "
                + "written just now (a full disk, a server down); the server's log has the details", request)
                : problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "an internal error of govsim; the server's log "
                + "has the details", request);
    }

    /** A fault of govsim itself: said as such, without its insides. */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail internal(RuntimeException e, HttpServletRequest request) {
        logger.error("internal error at " + request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "an internal error of govsim; the server's log "
                + "has the details", request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail p && p.getType().toString().equals("about:blank")) {
            p.setType(URI.create(BASE + "http-" + statusCode.value()));
        }
        return response;
    }

    /** A change the caller may not make: history is read-only, a branch is its owner's. */
    static final class Forbidden extends RuntimeException {
        Forbidden(String message) {
            super(message);
        }
    }

    /** More of something at once than the server takes (running sweeps). */
    static final class TooMany extends RuntimeException {
        TooMany(String message) {
            super(message);
        }
    }
}
