package org.observa.domain.mission;

/** What kind of encounter an engagement was. */
public enum EngagementKind {
    MEETING,
    INTERVIEW,
    BRIEFING,
    HEARING,
    CAMPAIGN_OBSERVATION
}
