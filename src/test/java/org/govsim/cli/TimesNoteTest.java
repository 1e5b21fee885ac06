package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;

import org.govsim.app.StoryLine;
import org.junit.jupiter.api.Test;

/** The note under a short story's title names the zone's clock, and each change of it within the story's year. */
class TimesNoteTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    private static StoryLine at(String time) {
        return new StoryLine(1, time, "board", "x", null, null, null, "FactNoted", "reported", "S1", List.of(), "x", null);
    }

    @Test
    void aStoryWithinOneClockNamesIt() {
        assertThat(Output.timesNote(List.of(at("2023-11-17T12:00:00-08:00"), at("2023-11-22T12:00:00-08:00")), PACIFIC))
                .isEqualTo("Times are PST (America/Los_Angeles), in 2023 unless a line gives its date.");
    }

    @Test
    void aStoryAcrossAChangeOfClocksSaysWhenItChanged() {
        assertThat(Output.timesNote(List.of(at("2017-06-11T09:00:00-07:00"), at("2017-12-31T23:59:00-08:00")), PACIFIC))
                .startsWith("Times are PDT, PST from 11-05 (America/Los_Angeles), in 2017");
    }

    @Test
    void anEpilogueInALaterYearGivesItsOwnDateAndLeavesTheNoteAlone() {
        assertThat(Output.timesNote(List.of(at("2023-11-17T12:00:00-08:00"), at("2025-06-01T12:00:00-07:00")), PACIFIC))
                .startsWith("Times are PST (America/Los_Angeles), in 2023");
    }
}
