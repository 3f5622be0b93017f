package org.observa.domain.tabulation;

import java.util.Map;
import java.util.UUID;

/**
 * The sum of some stations' results: how many stations reported, and their figures added up (registered voters and
 * ballots only over the stations that give them), with the votes of each participation by its id.
 */
public record SummedResults(long stations, long registeredVoters, long ballotsCast, long validVotes, long invalidVotes,
                            Map<UUID, Long> votes) {

    public static final SummedResults NONE = new SummedResults(0, 0, 0, 0, 0, Map.of());

    public SummedResults {
        votes = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(votes));
    }
}
