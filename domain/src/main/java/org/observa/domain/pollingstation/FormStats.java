package org.observa.domain.pollingstation;

import java.util.List;
import java.util.UUID;
import org.observa.domain.reference.DivisionLevel;

/**
 * An election's answers to one form version: one row per division of the level (every one of the country's,
 * answered or not, by id) and the totals, which also count visits to stations recorded above the level.
 */
public record FormStats(String electionId, UUID formId, int formVersion, DivisionLevel level, UUID missionId,
                        List<DivisionFormCounts> divisions, FormCounts totals) {

    public FormStats {
        divisions = List.copyOf(divisions);
    }
}
