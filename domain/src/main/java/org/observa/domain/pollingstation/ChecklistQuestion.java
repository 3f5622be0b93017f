package org.observa.domain.pollingstation;

/**
 * The standard questions of a station visit's checklist, drawn from the international election
 * observation standards. New questions are only ever added, so answers already recorded keep their meaning.
 */
public enum ChecklistQuestion {
    /** Is the voter list at the station, and are voters checked against it? Good: YES. */
    VOTER_LIST_PRESENT_AND_USED,
    /** Do officials check each voter's identity document? Good: YES. */
    IDENTITY_CHECKED,
    /** Are voters' fingers checked for ink before they vote (no one votes twice)? Good: YES. */
    INK_CHECKED,
    /** Is ink applied to each voter's finger after voting? Good: YES. */
    INK_APPLIED,
    /** Can voters mark their ballots unseen? Good: YES. */
    SECRECY_OF_THE_VOTE,
    /** Were the ballot boxes shown empty and sealed? Good: YES. */
    BALLOT_BOX_SEALED,
    /** Were people without a role (campaigners, police, local officials) inside the station? Good: NO. */
    UNAUTHORISED_PERSONS_PRESENT,
    /** Did the team see voters or officials being intimidated? Good: NO. */
    INTIMIDATION_OBSERVED,
    /** Can voters with disabilities reach the station and vote in it? Good: YES. */
    ACCESSIBLE_TO_VOTERS_WITH_DISABILITIES,
    /** Were agents of the parties present? Good: YES. */
    PARTY_AGENTS_PRESENT,
    /** Were domestic (citizen) observers present? Good: YES. */
    DOMESTIC_OBSERVERS_PRESENT,
    /** Was the count done as the procedures require? Good: YES. */
    COUNTING_PROCEDURES_FOLLOWED,
    /** Were the station's results posted where the public can read them? Good: YES. */
    RESULTS_POSTED_PUBLICLY
}
