package org.observa.domain.pollingstation;

import java.util.Map;

/** The counts of an election's observation by division of one level (only divisions with stations) and in total. */
public record ObservationTally(Map<String, ObservationCounts> byDivision, ObservationCounts totals) {

    public ObservationTally {
        byDivision = Map.copyOf(byDivision);
    }
}
