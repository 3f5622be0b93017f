package org.observa.domain.tabulation;

import java.time.Instant;
import java.util.UUID;

/**
 * The figures observers copied from the result sheet posted at a station they watched being counted, recorded
 * under their counting visit: whether the sheet was posted where the public could read it, and a reference to
 * their evidence (a photo's identifier in the mission's own store). Its mission, station and election are the visit's.
 */
public record ObservedResult(UUID id, UUID missionId, UUID visitId, UUID stationId, String electionId,
                             String divisionId, ResultFigures figures, Boolean postedPublicly, String evidence,
                             String notes, Instant createdAt, Instant updatedAt) {
}
