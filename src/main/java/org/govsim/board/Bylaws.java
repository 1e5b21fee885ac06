package org.govsim.board;

/**
 * The board's rules, as parameters of the seed world rather than hard-coded law.
 *
 * @param quorum                 directors who must be present: 0 means a majority of the serving directors (Delaware default)
 * @param actionWithoutMeeting   how the board may act without a meeting
 * @param noticeRequired         whether every director must be given notice of a meeting for its acts to stand
 * @param directorsElectedBy     who elects directors: BOARD (self-perpetuating) or SHAREHOLDERS
 * @param directorsRemovedBy     who removes directors: BOARD or SHAREHOLDERS
 * @param source                 source key of the bylaws, or "assumption"
 */
public record Bylaws(int quorum, WrittenConsent actionWithoutMeeting, boolean noticeRequired,
                     Electorate directorsElectedBy, Electorate directorsRemovedBy, String source) {

    public enum WrittenConsent {
        /** A majority of the serving directors may act without a meeting or notice (OpenAI's reported bylaws). */
        MAJORITY,
        /** Every serving director must consent in writing (DGCL 141(f) default). */
        UNANIMOUS,
        /** Only a meeting can act. */
        NONE
    }

    public enum Electorate { BOARD, SHAREHOLDERS }

    public int quorumFor(int servingDirectors) {
        return quorum > 0 ? quorum : servingDirectors / 2 + 1;
    }

    public String quorumRule() {
        return quorum > 0 ? "quorum of " + quorum + " set by the bylaws" : "quorum: a majority of the serving directors";
    }
}
