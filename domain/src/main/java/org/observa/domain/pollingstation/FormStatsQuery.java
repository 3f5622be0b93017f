package org.observa.domain.pollingstation;

import java.util.UUID;
import org.observa.domain.reference.DivisionLevel;

/** The answers of an election's visits to one form version, grouped by divisions of one level; optionally one mission's. */
public record FormStatsQuery(String electionId, ObservationFormVersion form, DivisionLevel level, UUID missionId) {
}
