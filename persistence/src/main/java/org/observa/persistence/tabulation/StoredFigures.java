package org.observa.persistence.tabulation;

import java.util.Comparator;
import java.util.List;
import org.observa.domain.tabulation.PartyVotes;

/** Votes as the JSON columns hold them: in participation id order, so that equal sheets have equal JSON. */
final class StoredFigures {

    private StoredFigures() {
    }

    static List<PartyVotes> sorted(List<PartyVotes> votes) {
        return votes.stream().sorted(Comparator.comparing(PartyVotes::participationId)).toList();
    }
}
