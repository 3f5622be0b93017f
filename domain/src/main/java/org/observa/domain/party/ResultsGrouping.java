package org.observa.domain.party;

/** How a results table is read: each party's national figures, or each division's figures party by party. */
public enum ResultsGrouping {
    PARTY,
    DIVISION
}
