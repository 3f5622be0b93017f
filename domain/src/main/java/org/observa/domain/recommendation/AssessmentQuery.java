package org.observa.domain.recommendation;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters of assessments; a null filter does not restrict. A recommendation's list always names its
 * recommendation; an export may span a country, or what one organisation assessed.
 */
public record AssessmentQuery(UUID recommendationId, String countryId, UUID organizationId,
                              ImplementationStatus status, Instant updatedSince) {
}
