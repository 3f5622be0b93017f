package org.observa.domain.tabulation;

import java.util.UUID;

/** A sample without its stations, enough to tell who may read it and to find its cached estimate. */
public record SampleSummary(UUID id, UUID missionId, String electionId) {
}
