package org.observa.domain.recommendation;

import java.time.Instant;
import java.util.UUID;
import org.observa.domain.mission.ElectoralPhase;

/**
 * Filters of the recommendation list; a null filter does not restrict. {@code addressee} keeps the
 * recommendations with an addressee of that kind; {@code status} is the current status.
 */
public record RecommendationQuery(UUID missionId, String countryId, String electionId, ElectoralPhase phase,
                                  AddresseeKind addressee, ImplementationStatus status, String q,
                                  Instant updatedSince) {
}
