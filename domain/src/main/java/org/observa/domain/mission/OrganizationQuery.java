package org.observa.domain.mission;

import java.time.Instant;

/** Filters of the organisation list; a null filter does not restrict. */
public record OrganizationQuery(OrganizationClassification classification, String countryId, String q,
                                Instant updatedSince) {
}
