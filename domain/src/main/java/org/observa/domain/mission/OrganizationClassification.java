package org.observa.domain.mission;

/** What kind of body an organisation is: who observes, and whom observers meet. */
public enum OrganizationClassification {
    OBSERVER_GROUP,
    ELECTION_MANAGEMENT_BODY,
    EMBASSY,
    MINISTRY,
    INTERNATIONAL_ORGANIZATION,
    UNIVERSITY,
    RESEARCH_INSTITUTE,
    MEDIA,
    POLITICAL_PARTY,
    CIVIL_SOCIETY,
    OTHER
}
