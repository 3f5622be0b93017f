package org.observa.domain.pollingstation;

import java.time.Instant;

/**
 * Filters of the polling-centre list; a null filter does not restrict. {@code divisionId} matches the
 * division and every division under it.
 */
public record PollingCentreQuery(String electionId, String divisionId, String q, Instant updatedSince) {
}
