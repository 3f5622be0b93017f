package org.observa.domain.party;

/** What an area's vote shares are computed against. */
public enum ShareBasis {
    /** The valid votes the results table gives for the area: shares are of every valid vote. */
    GIVEN_TOTAL,
    /** No total was given: the votes of the rows listed, so shares are of the listed parties only. */
    SUM_OF_ROWS
}
