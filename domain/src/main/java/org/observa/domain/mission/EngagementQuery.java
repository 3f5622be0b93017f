package org.observa.domain.mission;

import java.time.Instant;
import java.util.UUID;

/** Filters of a mission's engagement list; a null filter (other than the mission) does not restrict. */
public record EngagementQuery(UUID missionId, EngagementKind kind, Instant updatedSince) {
}
