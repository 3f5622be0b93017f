package org.observa.domain.party;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters of the campaign observation list; a null filter does not restrict. {@code electionId} keeps the
 * observations of the missions to that election.
 */
public record CampaignObservationQuery(UUID missionId, UUID partyId, String electionId, CampaignEventKind kind,
                                       Instant updatedSince) {
}
