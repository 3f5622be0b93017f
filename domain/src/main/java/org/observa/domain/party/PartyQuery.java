package org.observa.domain.party;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Filters of the party list; a null filter does not restrict. {@code activeOn} keeps the parties founded
 * on or before that day (or of unknown founding) and not dissolved before it.
 */
public record PartyQuery(String countryId, String q, LocalDate activeOn, Instant updatedSince) {
}
