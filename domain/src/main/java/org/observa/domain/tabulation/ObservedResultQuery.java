package org.observa.domain.tabulation;

import java.time.Instant;
import java.util.UUID;

/** Filters of the observed-result list; a null filter does not restrict. {@code divisionId} includes those under it. */
public record ObservedResultQuery(UUID missionId, String electionId, String divisionId, UUID stationId,
                                  Instant updatedSince) {
}
