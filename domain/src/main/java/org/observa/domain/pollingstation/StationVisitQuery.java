package org.observa.domain.pollingstation;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters of the station-visit list; a null filter does not restrict. {@code divisionId} matches visits to
 * stations in the division and every division under it.
 */
public record StationVisitQuery(UUID missionId, UUID stationId, String electionId, String divisionId,
                                VisitPhase phase, VisitAssessment assessment, Instant updatedSince) {
}
