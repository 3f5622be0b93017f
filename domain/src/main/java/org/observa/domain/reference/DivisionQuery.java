package org.observa.domain.reference;

import java.time.Instant;

/** Filters of the division list; a null filter does not restrict. */
public record DivisionQuery(String parentId, String countryId, DivisionLevel level, String q, Instant updatedSince) {
}
