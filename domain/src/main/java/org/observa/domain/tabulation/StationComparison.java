package org.observa.domain.tabulation;

import java.util.List;
import java.util.UUID;

/** An observed result set beside the official result of its station, with every figure on which they disagree. */
public record StationComparison(UUID stationId, String divisionId, UUID observedResultId, UUID missionId,
                                List<FigureDifference> differences) {

    public StationComparison {
        differences = List.copyOf(differences);
    }

    public static StationComparison of(ObservedResult observed, StationResult official) {
        return new StationComparison(observed.stationId(), observed.divisionId(), observed.id(), observed.missionId(),
                observed.figures().differencesFrom(official.figures()));
    }
}
