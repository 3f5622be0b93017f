package org.observa.domain.party;

import java.time.Instant;

/**
 * Filters of the participation list; a null filter does not restrict. The list under an election always
 * sets {@code electionId}; the bulk export may leave it out to cover every election.
 */
public record ParticipationQuery(String electionId, ParticipationStatus status, Instant updatedSince) {
}
