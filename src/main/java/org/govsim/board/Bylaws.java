package org.govsim.board;

/**
 * The board's rules, as parameters of the seed world rather than hard-coded law. Each field defaults to Delaware's rule
 * (DGCL 141, 223, 229) where the bylaws are silent.
 *
 * @param quorum                 directors who must be present: 0 means a majority of the quorum base (DGCL 141(b))
 * @param actionWithoutMeeting   how the board may act without a meeting
 * @param noticeRequired         whether every director must be given notice of a meeting for its acts to stand
 * @param directorsElectedBy     who elects directors: BOARD (self-perpetuating) or SHAREHOLDERS
 * @param directorsRemovedBy     who removes directors: BOARD or SHAREHOLDERS
 * @param source                 source key of the bylaws, or "assumption"
 * @param quorumOf               what a majority quorum is a majority of: the authorised seats (DGCL 141(b) default,
 *                               vacancies included) or the directors in office
 * @param seats                  the authorised number of directors; 0: as many as the board is constituted with
 * @param consentOnlyByThoseWhoCouldMeet whether written consent needs signers who could have acted at a meeting
 *                               (a quorum of them, as the courts read DGCL 141(f))
 */
public record Bylaws(int quorum, WrittenConsent actionWithoutMeeting, boolean noticeRequired,
                     Electorate directorsElectedBy, Electorate directorsRemovedBy, String source,
                     QuorumBase quorumOf, int seats, boolean consentOnlyByThoseWhoCouldMeet) {

    public enum WrittenConsent {
        /** A majority of the directors in office may act without a meeting or notice (OpenAI's reported bylaws). */
        MAJORITY,
        /** Every director in office must consent in writing (DGCL 141(f) default). */
        UNANIMOUS,
        /** Only a meeting can act. */
        NONE
    }

    /**
     * Who may elect or remove directors. {@code BOTH}: the stockholders elect (DGCL 211, 228) and the board fills free
     * seats by its own vote (223), Delaware's default for a company with stockholders.
     */
    public enum Electorate {
        BOARD, SHAREHOLDERS, BOTH;

        public boolean includesBoard() { return this != SHAREHOLDERS; }

        public boolean includesShareholders() { return this != BOARD; }
    }

    public enum QuorumBase {
        /** The number of seats the bylaws or a resolution fix, vacancies included (DGCL 141(b) default). */
        AUTHORISED_SEATS,
        /** The directors then in office, so vacancies shrink the quorum. */
        DIRECTORS_IN_OFFICE
    }

    public Bylaws {
        quorumOf = quorumOf == null ? QuorumBase.AUTHORISED_SEATS : quorumOf;
    }

    /** Delaware's defaults for what the older bylaws did not say: quorum of the seats, seats as constituted. */
    public Bylaws(int quorum, WrittenConsent actionWithoutMeeting, boolean noticeRequired, Electorate directorsElectedBy,
                  Electorate directorsRemovedBy, String source) {
        this(quorum, actionWithoutMeeting, noticeRequired, directorsElectedBy, directorsRemovedBy, source,
                QuorumBase.AUTHORISED_SEATS, 0, false);
    }

    public int quorumFor(int authorisedSeats, int inOffice) {
        if (quorum > 0) {
            return quorum;
        }
        return (quorumOf == QuorumBase.DIRECTORS_IN_OFFICE ? inOffice : authorisedSeats) / 2 + 1;
    }

    public String quorumRule() {
        return quorum > 0 ? "quorum of " + quorum + " set by the bylaws"
                : quorumOf == QuorumBase.DIRECTORS_IN_OFFICE ? "quorum: a majority of the serving directors"
                : "quorum: a majority of the authorised seats";
    }
}
