package org.observa.domain.mission;

/** The part of the electoral process a finding (and later a recommendation) is about. */
public enum ElectoralPhase {
    LEGAL_FRAMEWORK,
    VOTER_REGISTRATION,
    CANDIDATE_REGISTRATION,
    CAMPAIGN,
    MEDIA,
    POLLING,
    COUNTING,
    RESULTS,
    POLITICAL_FREEDOMS
}
