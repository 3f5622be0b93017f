package org.observa.domain.tabulation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The stations a mission watches to verify an election's result: drawn once, never changed. Its election is the
 * mission's; {@code seed} and {@code size} are those of a drawn sample (null for a listed one).
 */
public record Sample(UUID id, UUID missionId, String electionId, SampleMethod method, Long seed, int size,
                     List<SampleStation> stations, Instant createdAt) {

    public Sample {
        stations = List.copyOf(stations);
    }
}
