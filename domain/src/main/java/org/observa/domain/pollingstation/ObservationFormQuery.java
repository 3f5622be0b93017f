package org.observa.domain.pollingstation;

import java.time.Instant;
import java.util.UUID;

/** Filters of the form list; a null filter does not restrict. {@code q} searches codes and titles. */
public record ObservationFormQuery(UUID organizationId, VisitPhase phase, String q, Instant updatedSince) {
}
