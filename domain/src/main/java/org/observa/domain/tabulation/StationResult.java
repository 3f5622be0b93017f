package org.observa.domain.tabulation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The official result of one polling station, as the election commission publishes it; a station has at most
 * one. Its election and division are the station's.
 */
public record StationResult(UUID stationId, String electionId, String divisionId, ResultFigures figures,
                            Instant createdAt, Instant updatedAt) {

    public List<ResultFlag> flags() {
        return figures.flags();
    }
}
