package org.observa.domain.tabulation;

import java.util.Map;
import java.util.UUID;

/** One sampled station's count as observers reported it: valid votes, each participation's votes, ballots and registered voters (null when not given). */
public record StationCount(long validVotes, Map<UUID, Long> votes, Long ballots, Long registeredVoters) {

    public StationCount {
        votes = Map.copyOf(votes);
    }

    public long votesOf(UUID participationId) {
        return votes.getOrDefault(participationId, 0L);
    }
}
