package org.observa.domain.registry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Filters of the snapshot list; a null filter does not restrict. With {@code includeDescendants} the
 * division filter also takes every division below it (their codes extend its code, see DivisionCodes).
 */
public record RegistrySnapshotQuery(String divisionId, boolean includeDescendants, String electionId, LocalDate from,
                                    LocalDate to, Instant updatedSince) {
}
