package org.observa.domain.party;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The arithmetic of a results table. A party's national figures are its national row, or, when the table
 * has none for it, its division rows added up (the rows of one table are all of one division level, so
 * nothing is counted twice). An area's valid votes are the total the table gives for it, or else the
 * votes of its rows added up; vote shares are of those valid votes.
 */
public final class ResultsTally {

    private static final Comparator<PartyTally> MOST_VOTES_FIRST = Comparator
            .comparingLong(PartyTally::votes).reversed()
            .thenComparing(PartyTally::seats, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(PartyTally::participationId);

    private ResultsTally() {
    }

    /** The country's results: one entry per participation in the table. */
    public static AreaResults national(ElectionResults results) {
        Map<UUID, List<ResultRow>> rowsByParticipation = new LinkedHashMap<>();
        results.rows().forEach(row -> rowsByParticipation.computeIfAbsent(row.participationId(), k -> new ArrayList<>())
                .add(row));
        List<ResultRow> national = rowsByParticipation.values().stream().map(ResultsTally::nationalFigures).toList();
        return area(null, national, totalOf(results, null));
    }

    /** The results of each division that has rows or totals, in the order of the divisions' codes. */
    public static List<AreaResults> byDivision(ElectionResults results) {
        Map<String, List<ResultRow>> rowsByDivision = new TreeMap<>();
        results.rows().stream().filter(row -> row.divisionId() != null)
                .forEach(row -> rowsByDivision.computeIfAbsent(row.divisionId(), k -> new ArrayList<>()).add(row));
        results.totals().stream().filter(total -> total.divisionId() != null)
                .forEach(total -> rowsByDivision.computeIfAbsent(total.divisionId(), k -> new ArrayList<>()));
        return rowsByDivision.entrySet().stream()
                .map(e -> area(e.getKey(), e.getValue(), totalOf(results, e.getKey())))
                .toList();
    }

    private static ResultRow nationalFigures(List<ResultRow> rows) {
        ResultRow first = rows.get(0);
        return rows.stream().filter(row -> row.divisionId() == null).findFirst().orElseGet(() -> new ResultRow(
                first.participationId(), first.partyId(), null, rows.stream().mapToLong(ResultRow::votes).sum(),
                sumOfKnown(rows.stream().map(ResultRow::seats).toList())));
    }

    private static AreaResults area(String divisionId, List<ResultRow> rows, ResultTotal total) {
        long votesOfRows = rows.stream().mapToLong(ResultRow::votes).sum();
        boolean given = total != null && total.validVotes() != null;
        long validVotes = given ? total.validVotes() : votesOfRows;
        List<PartyTally> parties = rows.stream()
                .map(row -> new PartyTally(row.participationId(), row.partyId(), row.votes(),
                        VoteShare.of(row.votes(), validVotes), row.seats()))
                .sorted(MOST_VOTES_FIRST)
                .toList();
        return new AreaResults(divisionId, validVotes, given ? ShareBasis.GIVEN_TOTAL : ShareBasis.SUM_OF_ROWS,
                total == null ? null : total.invalidVotes(), total == null ? null : total.registeredVoters(),
                sumOfKnown(rows.stream().map(ResultRow::seats).toList()), parties);
    }

    private static ResultTotal totalOf(ElectionResults results, String divisionId) {
        return results.totals().stream().filter(t -> Objects.equals(t.divisionId(), divisionId)).findFirst()
                .orElse(null);
    }

    /** The known values added up; null when none is known. */
    private static Integer sumOfKnown(List<Integer> values) {
        return values.stream().filter(Objects::nonNull).reduce(Integer::sum).orElse(null);
    }
}
