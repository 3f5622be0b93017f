package org.observa.domain.pollingstation;

/** The part of polling day an observer team saw at a station. */
public enum VisitPhase {
    OPENING,
    VOTING,
    CLOSING,
    COUNTING
}
