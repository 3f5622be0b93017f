package org.observa.domain.pollingstation;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters of the incident list; a null filter does not restrict. {@code divisionId} matches incidents in the
 * division and every division under it; {@code from} and {@code to} bound when they happened (both included);
 * {@code q} searches the description and who was involved. {@code visibility} says whose draft missions'
 * incidents the reader may see.
 */
public record IncidentQuery(UUID missionId, String electionId, String divisionId, UUID stationId,
                            IncidentCategory category, IncidentSeverity severity, IncidentStatus status,
                            Instant from, Instant to, BoundingBox bbox, String q, Instant updatedSince,
                            IncidentVisibility visibility) {
}
