package org.observa.api.party;

import org.observa.domain.party.Participation;
import org.observa.domain.party.Party;

/** A participation with its party, whose name and abbreviation its representation repeats. */
record NamedParticipation(Participation participation, Party party) {
}
