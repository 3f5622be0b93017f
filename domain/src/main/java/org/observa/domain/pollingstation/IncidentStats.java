package org.observa.domain.pollingstation;

import java.util.List;
import java.util.UUID;
import org.observa.domain.reference.DivisionLevel;

/**
 * An election's incidents counted for dashboards: in total, and per division at one level — each incident in
 * the division of that level that contains where it happened. Divisions without incidents are left out;
 * incidents placed above the level (e.g. only in the country) count in the totals only.
 */
public record IncidentStats(String electionId, DivisionLevel level, UUID missionId, IncidentCounts totals,
                            List<DivisionIncidents> divisions) {

    public IncidentStats {
        divisions = List.copyOf(divisions);
    }

    /** The incidents of one division at the requested level. */
    public record DivisionIncidents(String divisionId, IncidentCounts counts) {
    }
}
