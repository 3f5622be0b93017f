package org.observa.domain.mission;

import java.time.Instant;
import java.util.UUID;

/** Filters of a mission's finding list; a null filter (other than the mission) does not restrict. */
public record FindingQuery(UUID missionId, FindingKind kind, ElectoralPhase phase, Instant updatedSince) {
}
