package org.govsim.board;

import java.util.List;

/**
 * What the board is asked to resolve. {@code side} tells how a director votes when votes follow stances:
 * the board's own line is backed by the directors who still hold, a concession by those who have yielded.
 */
public record Motion(String id, String title, List<Resolution> resolutions, Side side) {

    public enum Side { BOARD_LINE, CONCESSION }

    public enum Kind {
        REMOVE_CEO, APPOINT_CEO, APPOINT_INTERIM_CEO, APPOINT_OFFICER,
        /** Takes an officer's role (and its duties) away; a director keeps the seat, a chair the chair. */
        REMOVE_OFFICER,
        REMOVE_DIRECTOR, REMOVE_CHAIR, ELECT_DIRECTOR, ELECT_CHAIR, DEPART, GRANT_OBSERVER_SEAT,
        /** Fixes the authorised number of seats; its subject is that number. */
        FIX_BOARD_SIZE
    }

    /**
     * One act within a motion: a kind, its subject (the person, the investor, or for {@code FIX_BOARD_SIZE} the number
     * of seats) and a role where the kind needs one.
     */
    public record Resolution(Kind kind, String person, String role) {
        public static Resolution of(Kind kind, String person) {
            return new Resolution(kind, person, null);
        }

        public static Resolution boardSize(int seats) {
            return new Resolution(Kind.FIX_BOARD_SIZE, Integer.toString(seats), null);
        }

        /** The number of seats a {@code FIX_BOARD_SIZE} resolution fixes. */
        public int seats() {
            return Integer.parseInt(person);
        }
    }

    public boolean concerns(Kind kind) {
        return resolutions.stream().anyMatch(r -> r.kind() == kind);
    }
}
