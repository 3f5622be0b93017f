package org.observa.domain.party;

import java.time.LocalDate;
import java.util.List;
import org.observa.domain.reference.ResultsStatus;
import org.observa.domain.shared.Source;

/** What a client uploads as an election's whole results table, before the rules are checked. */
public record ElectionResultsDraft(
        ResultsStatus status,
        LocalDate announcedOn,
        List<Source> sources,
        String notes,
        List<ResultRowDraft> rows,
        List<ResultTotal> totals) {

    public ElectionResultsDraft {
        sources = sources == null ? List.of() : List.copyOf(sources);
        rows = rows == null ? List.of() : List.copyOf(rows);
        totals = totals == null ? List.of() : List.copyOf(totals);
    }
}
