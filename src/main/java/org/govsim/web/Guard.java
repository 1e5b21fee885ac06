package org.govsim.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before any request reaches the application: security headers on every answer; a body over 1 MiB refused; a request
 * from a page of another origin refused (so another site cannot make a user's browser change data here); and, when
 * the server listens beyond this machine, every change guarded by the admin token.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class Guard extends OncePerRequestFilter {

    /** No inline script anywhere (Swagger UI's styles are inline, hence styles only). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' "
            + "'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final java.util.List<String> SERVED_METHODS = java.util.List.of("GET", "HEAD", "POST", "PATCH", "DELETE",
            "OPTIONS");

    private final ServeSettings settings;
    private final ObjectMapper mapper;
    private final ClassAccess classes;

    Guard(ServeSettings settings, ObjectMapper mapper, ClassAccess classes) {
        this.settings = settings;
        this.mapper = mapper;
        this.classes = classes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        if (!SERVED_METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", SERVED_METHODS));
            refuse(request, response, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "the method "
                    + request.getMethod() + " is not served here");
            return;
        }
        long length = request.getContentLengthLong();
        if (length > Bodies.MAX_BYTES) {
            refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "the body has " + length
                    + " bytes; the limit is " + Bodies.MAX_BYTES);
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            refuse(request, response, HttpStatus.LENGTH_REQUIRED, "length-required",
                    "a body needs a Content-Length (at most " + Bodies.MAX_BYTES + " bytes)");
            return;
        }
        if (!knownHost(request)) {
            refuse(request, response, HttpStatus.FORBIDDEN, "host-refused", "this server answers to localhost, "
                    + "127.0.0.1 and [::1] only");
            return;
        }
        if (changes(request) && crossOrigin(request)) {
            refuse(request, response, HttpStatus.FORBIDDEN, "cross-origin",
                    "requests from pages of other origins are refused");
            return;
        }
        if (settings.adminToken() != null && tokenGiven(request)) {
            request.setAttribute(ADMIN, Boolean.TRUE);
        }
        if (changes(request) && settings.adminToken() != null && !isAdmin(request)
                && !classes.mayChangeWithoutToken(request)) {
            response.setHeader("WWW-Authenticate", "Bearer");
            refuse(request, response, HttpStatus.UNAUTHORIZED, "token-required", "this server listens beyond this "
                    + "machine; a change needs its admin token as 'Authorization: Bearer TOKEN' (or, in a class, the "
                    + "student's key or the instructor's secret)");
            return;
        }
        chain.doFilter(request, response);
    }

    private static final String ADMIN = Guard.class.getName() + ".admin";

    /** Whether the request brought the server's admin token (checked by the guard). */
    static boolean isAdmin(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(ADMIN));
    }

    private static boolean changes(HttpServletRequest request) {
        String m = request.getMethod();
        return !(m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS"));
    }

    private static final java.util.regex.Pattern LOOPBACK_HOST =
            java.util.regex.Pattern.compile("(localhost|127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}|\\[::1\\])(:\\d{1,5})?");

    /**
     * On loopback, a request must name this machine as its host: a page of another site whose name was made to lead
     * here (DNS rebinding) names its own, and would otherwise read and change timelines as a page of this origin.
     * Beyond loopback the admin token guards every change.
     */
    private boolean knownHost(HttpServletRequest request) {
        if (!ServeSettings.isLoopback(settings.bind())) {
            return true;
        }
        String host = request.getHeader("Host");
        return host != null && LOOPBACK_HOST.matcher(host).matches();
    }

    /**
     * A change asked by a page of another origin, by the browser's own word (Origin, or Sec-Fetch-Site), never by
     * guessing. Reads are not refused: a link from a course page opens the app, and without CORS headers no page of
     * another origin can read an answer.
     */
    private static boolean crossOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && site.equals("cross-site")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader("Host");
        return host == null || !(origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    private boolean tokenGiven(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(header.substring(7).trim().getBytes(StandardCharsets.UTF_8),
                settings.adminToken().getBytes(StandardCharsets.UTF_8));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String kind,
                        String detail) throws IOException {
        refuse(mapper, request, response, status, kind, detail);
    }

    /** Answers a request as refused before it reached the application: problem+json, as every error is. */
    static void refuse(ObjectMapper mapper, HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                       String kind, String detail) throws IOException {
        ProblemDetail p = Problems.problem(status, kind, detail, request);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(mapper.writeValueAsBytes(p));
    }
}
