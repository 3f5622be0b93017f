package org.observa.domain.tabulation;

import java.util.List;

/**
 * One division's station results added up (the stations in it and in every division under it), and where the
 * election's results table has figures for the same division, each difference from them. A difference is
 * reported, never reconciled.
 */
public record DivisionResultTotals(String divisionId, SummedResults sums, List<TableDifference> differences,
                                   boolean inResultsTable) {

    public DivisionResultTotals {
        differences = List.copyOf(differences);
    }
}
