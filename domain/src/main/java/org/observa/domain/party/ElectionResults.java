package org.observa.domain.party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.observa.domain.reference.ResultsStatus;
import org.observa.domain.shared.Source;

/**
 * The results table of one election, replaced as a whole: votes and seats per participation, nationally
 * (a row without division) and per division, and the published totals (valid votes…) the vote shares are
 * computed against.
 */
public record ElectionResults(
        String electionId,
        ResultsStatus status,
        LocalDate announcedOn,
        List<Source> sources,
        String notes,
        List<ResultRow> rows,
        List<ResultTotal> totals,
        Instant createdAt,
        Instant updatedAt) {

    public ElectionResults {
        sources = List.copyOf(sources);
        rows = List.copyOf(rows);
        totals = List.copyOf(totals);
    }

    /** Whether the table holds the same figures as another, whenever each was written. */
    public boolean sameContentAs(ElectionResults other) {
        return status == other.status && Objects.equals(announcedOn, other.announcedOn)
                && sources.equals(other.sources) && Objects.equals(notes, other.notes)
                && rows.equals(other.rows) && totals.equals(other.totals);
    }
}
