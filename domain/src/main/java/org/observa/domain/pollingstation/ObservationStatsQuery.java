package org.observa.domain.pollingstation;

import java.util.UUID;
import org.observa.domain.reference.DivisionLevel;

/** Observation statistics of an election, grouped by its country's divisions of one level; optionally one mission's visits only. */
public record ObservationStatsQuery(String electionId, DivisionLevel level, UUID missionId) {
}
