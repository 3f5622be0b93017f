package org.observa.domain.tabulation;

import java.util.List;
import java.util.UUID;

/** What a mission asks for: a sample drawn from a seed with a size, or the list of stations it drew itself. */
public record SampleDraft(UUID missionId, SampleMethod method, Long seed, Integer size, List<UUID> stationIds) {

    public SampleDraft {
        stationIds = stationIds == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(stationIds));
    }
}
