package org.observa.domain.tabulation;

import java.time.Instant;

/**
 * Filters of an election's station results; a null filter does not restrict. {@code divisionId} matches the
 * stations of the division and of every division under it.
 */
public record StationResultQuery(String electionId, String divisionId, Instant updatedSince) {
}
