package org.govsim.web;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.govsim.app.CaseLibrary;
import org.govsim.app.Handouts;
import org.govsim.app.TimelineService;

/** A stored timeline as a handout to print: Markdown, or one self-contained HTML page. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "timelines")
class HandoutsApi {

    private final Handouts handouts;

    HandoutsApi(TimelineService timelines, CaseLibrary library) {
        this.handouts = new Handouts(timelines, library);
    }

    // no "produces": an error must still come back as problem+json, whatever the handout's type
    @GetMapping("/timelines/{timeline}/handout")
    @Operation(summary = "A timeline as a handout: for a branch its question, what history did and the fork point; its "
            + "ending beside its parent's; the letter's signatures against the reported counts; the short story with "
            + "provenance; things to notice; the sources cited",
            responses = @ApiResponse(responseCode = "200", description = "the handout", content = {
                    @Content(mediaType = MediaType.TEXT_HTML_VALUE), @Content(mediaType = "text/markdown")}))
    ResponseEntity<String> handout(@PathVariable String timeline,
                                   @Parameter(description = "html (one page that loads nothing else, to print) or "
                                           + "markdown (the default)")
                                   @RequestParam(defaultValue = "markdown") String format,
                                   HttpServletResponse response) {
        Handouts.Format as = Handouts.Format.of(format);
        Handouts.Rendered handout = handouts.render(timeline, as);
        if (as == Handouts.Format.HTML) {
            // stricter than the app's own policy: the page may load nothing at all, not even from this server
            response.setHeader("Content-Security-Policy", Handouts.CONTENT_SECURITY_POLICY
                    + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        }
        String file = handout.timeline() + "-handout." + (as == Handouts.Format.HTML ? "html" : "md");
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(as.mediaType()), StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file, StandardCharsets.UTF_8)
                        .build().toString())
                .cacheControl(CacheControl.noCache())
                .body(handout.text());
    }
}
