package org.observa.domain.reference;

/** How final an election's published results are. */
public enum ResultsStatus {
    PRELIMINARY,
    OFFICIAL
}
