package org.observa.domain.pollingstation;

/** The observation counts of one division: its own stations and those of every division under it. */
public record DivisionObservation(String divisionId, ObservationCounts counts) {
}
