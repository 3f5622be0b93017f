package org.observa.domain.pollingstation;

/** Port: aggregates of an election's stations and visits, computed where they are kept. */
public interface ObservationStatsRepository {

    /**
     * A number that changes whenever anything the election's statistics count changes (its stations, its
     * visits, the divisions of its country); equal numbers mean equal statistics.
     */
    long version(String electionId);

    ObservationStats aggregate(String countryId, ObservationStatsQuery query);
}
