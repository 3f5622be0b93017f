package org.observa.domain.pollingstation;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters of the polling-station list; a null filter does not restrict. {@code divisionId} matches the
 * division and every division under it; {@code number} is compared exactly.
 */
public record PollingStationQuery(String electionId, String divisionId, UUID centreId, String number,
                                  BoundingBox bbox, Instant updatedSince) {
}
