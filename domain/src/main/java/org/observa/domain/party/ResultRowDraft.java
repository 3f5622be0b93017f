package org.observa.domain.party;

import java.util.UUID;

/** One row of a results upload: the participation, or the party whose participation it is, and its figures. */
public record ResultRowDraft(UUID participationId, UUID partyId, String divisionId, Long votes, Integer seats) {
}
