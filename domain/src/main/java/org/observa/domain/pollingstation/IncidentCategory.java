package org.observa.domain.pollingstation;

/** What kind of event an incident is: the taxonomy election-day reporting systems share (documented in the contract). */
public enum IncidentCategory {
    VIOLENCE,
    INTIMIDATION,
    VOTE_BUYING,
    BALLOT_STUFFING_OR_MULTIPLE_VOTING,
    PROCEDURAL_IRREGULARITY,
    VOTERS_TURNED_AWAY,
    OBSERVERS_DENIED_ACCESS,
    CAMPAIGN_VIOLATION,
    MISUSE_OF_STATE_RESOURCES,
    MEDIA_RESTRICTION,
    OTHER
}
