package org.observa.domain.recommendation;

/** Whom a recommendation asks to act; a named addressee of any kind can be given beside its kind. */
public enum AddresseeKind {
    GOVERNMENT_OF_HOST_COUNTRY,
    ELECTION_MANAGEMENT_BODY,
    PARLIAMENT,
    POLITICAL_PARTIES,
    MEDIA,
    CIVIL_SOCIETY,
    DONOR_GOVERNMENTS,
    INTERNATIONAL_COMMUNITY,
    OTHER
}
