package org.observa.domain.party;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.observa.domain.reference.Division;
import org.observa.domain.reference.Election;

/**
 * A results table as read: the country's results, and for a reading by division each division's, with the
 * parties and divisions they name so that a reader sees names, not only ids.
 */
public record ElectionResultsView(
        ElectionResults results,
        Election election,
        ResultsGrouping grouping,
        AreaResults national,
        List<AreaResults> divisions,
        Map<UUID, Party> parties,
        Map<String, Division> divisionsById) {

    public ElectionResultsView {
        divisions = List.copyOf(divisions);
        parties = Map.copyOf(parties);
        divisionsById = Map.copyOf(divisionsById);
    }
}
