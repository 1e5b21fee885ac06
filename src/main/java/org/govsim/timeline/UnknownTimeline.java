package org.govsim.timeline;

import org.govsim.scenario.InputException;

/** A request named a timeline the store does not hold: bad input to the command line, "not found" to the web. */
public final class UnknownTimeline extends InputException {

    public UnknownTimeline(String field, String name) {
        this(field, name, "");
    }

    /** {@code also}: what else was looked for, as " and none with that id". */
    public UnknownTimeline(String field, String name, String also) {
        super(REQUEST, 0, field, "no timeline named '" + name + "'" + also + " (see 'govsim timelines')");
    }
}
