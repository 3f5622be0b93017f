package org.observa.domain.party;

import java.util.UUID;

/**
 * The votes and seats of one participation, nationally ({@code divisionId} null) or in one division.
 * {@code seats} is null when the source does not give them.
 */
public record ResultRow(UUID participationId, UUID partyId, String divisionId, long votes, Integer seats) {
}
