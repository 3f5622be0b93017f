package org.observa.domain.party;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** A plain-Java stand-in for the results store, for testing the domain's rules in isolation. */
public class InMemoryElectionResults implements ElectionResultsRepository {

    final Map<String, ElectionResults> rows = new TreeMap<>();

    @Override
    public Optional<ElectionResults> byElection(String electionId) {
        return Optional.ofNullable(rows.get(electionId));
    }

    @Override
    public boolean listsParticipation(UUID participationId) {
        return rows.values().stream().flatMap(r -> r.rows().stream())
                .anyMatch(row -> row.participationId().equals(participationId));
    }

    @Override
    public void replace(ElectionResults results) {
        rows.put(results.electionId(), results);
    }

    @Override
    public void remove(String electionId) {
        rows.remove(electionId);
    }
}
