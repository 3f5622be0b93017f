package org.observa.domain.tabulation;

import java.util.List;
import org.observa.domain.reference.DivisionLevel;

/** An election's station results added up per division of a level (every division of the country) and in total. */
public record ResultTotals(String electionId, DivisionLevel level, List<DivisionResultTotals> divisions,
                           DivisionResultTotals totals) {

    public ResultTotals {
        divisions = List.copyOf(divisions);
    }
}
