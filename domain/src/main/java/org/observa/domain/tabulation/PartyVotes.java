package org.observa.domain.tabulation;

import java.util.UUID;

/** The votes of one participation (a party in the election) on a result sheet. */
public record PartyVotes(UUID participationId, Long votes) {
}
