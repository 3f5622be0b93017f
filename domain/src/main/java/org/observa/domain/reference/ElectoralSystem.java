package org.observa.domain.reference;

/** How votes become seats. */
public enum ElectoralSystem {
    CLOSED_LIST_PROPORTIONAL,
    OPEN_LIST_PROPORTIONAL,
    FIRST_PAST_THE_POST,
    TWO_ROUND,
    MIXED,
    OTHER
}
