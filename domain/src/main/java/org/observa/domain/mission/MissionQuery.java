package org.observa.domain.mission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Filters of the mission list; a null filter does not restrict. {@code from} and {@code to} keep the
 * missions whose days overlap that range; a mission without dates counts as being on its sort date.
 */
public record MissionQuery(UUID organizationId, String electionId, String countryId, MissionStatus status,
                           LocalDate from, LocalDate to, String q, Instant updatedSince) {
}
