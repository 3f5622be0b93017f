package org.observa.domain.tabulation;

/**
 * Something in a result sheet's figures that does not add up. Flagged, never corrected: a sheet that does not add
 * up is itself a finding, whoever posted it.
 */
public enum ResultFlag {
    /** The parties' votes do not add up to the valid votes. */
    VOTES_DO_NOT_ADD_UP,
    /** The valid and invalid votes do not add up to the ballots cast. */
    BALLOTS_DO_NOT_ADD_UP,
    /** More ballots than voters registered at the station. */
    MORE_BALLOTS_THAN_REGISTERED
}
