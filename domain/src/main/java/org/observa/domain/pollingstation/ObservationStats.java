package org.observa.domain.pollingstation;

import java.util.List;
import java.util.UUID;
import org.observa.domain.reference.DivisionLevel;

/**
 * An election's observation, one row per division of the level (every one of the country's, observed or
 * not, by id), and the totals over all its stations — also those recorded at a division above the level.
 */
public record ObservationStats(String electionId, DivisionLevel level, UUID missionId,
                               List<DivisionObservation> divisions, ObservationCounts totals) {

    public ObservationStats {
        divisions = List.copyOf(divisions);
    }
}
