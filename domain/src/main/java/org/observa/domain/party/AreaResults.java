package org.observa.domain.party;

import java.util.List;

/**
 * The results of one area — the whole country when {@code divisionId} is null, else one division — with
 * the valid votes its shares are computed against and where they come from, the other published totals,
 * the seats of the listed parties added up, and each party's figures, most votes first.
 */
public record AreaResults(
        String divisionId,
        long validVotes,
        ShareBasis shareBasis,
        Long invalidVotes,
        Long registeredVoters,
        Integer seats,
        List<PartyTally> parties) {

    public AreaResults {
        parties = List.copyOf(parties);
    }

    /** The votes of the listed parties added up. */
    public long votesOfRows() {
        return parties.stream().mapToLong(PartyTally::votes).sum();
    }
}
