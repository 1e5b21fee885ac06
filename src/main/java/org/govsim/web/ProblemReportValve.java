package org.govsim.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own refusals (a path with an encoded slash or a NUL, a method it does not serve), made before any of the
 * application's code runs, as problem+json like every other error, in place of Tomcat's HTML page.
 */
public final class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
        String reason = known == null ? null : known.getReasonPhrase();
        String detail = status >= 500 ? "an internal error of govsim; the server's log has the details"
                : "the request was refused: " + (reason == null ? "status " + status : reason.toLowerCase());
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer out = response.getReporter();
            if (out != null) {
                out.write("{\"type\":\"" + Problems.BASE + "http-" + status + "\",\"title\":\"" + json(reason)
                        + "\",\"status\":" + status + ",\"detail\":\"" + json(detail) + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone, or the answer has begun: nothing more to say
        }
    }

    private static String json(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
