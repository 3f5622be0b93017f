package org.observa.domain.reference;

import java.time.Instant;
import java.time.LocalDate;

/** Filters of the election list; a null filter does not restrict. */
public record ElectionQuery(String countryId, ElectionType type, LocalDate from, LocalDate to, String q,
                            Instant updatedSince) {
}
