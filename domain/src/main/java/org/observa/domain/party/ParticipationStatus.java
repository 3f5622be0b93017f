package org.observa.domain.party;

/** Where a party stands in one election. Only a REGISTERED party is on the ballot and gets results. */
public enum ParticipationStatus {
    REGISTERED,
    REJECTED,
    WITHDRAWN,
    DISSOLVED
}
