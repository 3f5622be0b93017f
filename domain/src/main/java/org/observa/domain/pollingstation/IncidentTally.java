package org.observa.domain.pollingstation;

/** How many incidents of one division share one category, severity and status: a row the statistics add up. */
public record IncidentTally(String divisionId, IncidentCategory category, IncidentSeverity severity,
                            IncidentStatus status, long count) {
}
