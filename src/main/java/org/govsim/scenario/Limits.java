package org.govsim.scenario;

/**
 * The limits every input file is held to, checked before anything runs. docs/scenario-format.md lists them in one
 * table; a change here belongs there too.
 */
public final class Limits {

    /** A file is read whole before parsing; a larger one is refused unread. Also what a what-if column stores. */
    public static final long MAX_FILE_BYTES = 1_000_000;

    /** One value (a title, a note, a list item): enough for any paragraph, far below what makes parsing slow. */
    public static final int MAX_SCALAR_CHARS = 10_000;

    /** A scenario's title, as the store keeps it. */
    public static final int MAX_TITLE_CHARS = 500;

    /** One line, checked before parsing: room for the longest value and its key. */
    public static final int MAX_LINE_CHARS = 2 * MAX_SCALAR_CHARS;

    /** Mappings and lists inside each other; the formats need six. */
    public static final int MAX_DEPTH = 20;

    /** From a scenario's start to its end, or to a horizon set by a what-if or an experiment. */
    public static final int MAX_HORIZON_DAYS = 366;

    /** The shortest tick of the pressure and tally clocks: six minutes. */
    public static final double MIN_TICK_HOURS = 0.1;

    /** The longest tick: a day. */
    public static final double MAX_TICK_HOURS = 24;

    /** A span of hours in the behaviour model or an actor's profile (about eleven years). */
    public static final double MAX_HOURS = 100_000;

    /** The staff of the organisation. */
    public static final int MAX_HEADCOUNT = 100_000;

    /** People, investors, directors, script steps, threshold bands, checkpoints and other lists of a file. */
    public static final int MAX_LIST_ITEMS = 1_000;

    /** Runs of one sweep. */
    public static final int MAX_RUNS = 100_000;

    /** Threads of a sweep, per available core. */
    public static final int MAX_THREADS_PER_CORE = 4;

    private Limits() {
    }
}
