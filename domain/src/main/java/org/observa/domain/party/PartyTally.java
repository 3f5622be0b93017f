package org.observa.domain.party;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One party's figures in an area: its votes, their share of the area's valid votes (see {@link VoteShare};
 * null when the area has no valid votes) and its seats (null when the table does not give them).
 */
public record PartyTally(UUID participationId, UUID partyId, long votes, BigDecimal voteShare, Integer seats) {
}
