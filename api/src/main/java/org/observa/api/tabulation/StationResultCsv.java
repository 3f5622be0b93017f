package org.observa.api.tabulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.Set;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.observa.api.bulk.CsvRecords;
import org.observa.api.http.input.CleanText;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.ValidationException;
import org.observa.domain.tabulation.StationResultService;

/**
 * An election commission's results per station as CSV — one row per station, one column per party named by its
 * abbreviation, as commissions print them — turned into the {@code stationResults} rows of an import bundle. A
 * station is named by {@code stationId} or by its official {@code stationNumber}; an empty party cell means the
 * sheet does not list the party. Cells that are not whole numbers are handed on as text, so the import's own checks
 * name the field.
 */
@ApplicationScoped
public class StationResultCsv {

    static final String KIND = "stationResults";
    static final List<String> FIGURES = List.of("registeredVoters", "ballotsCast", "validVotes", "invalidVotes");

    private final StationResultService results;
    private final ObjectMapper json;

    public StationResultCsv(StationResultService results, ObjectMapper json) {
        this.results = results;
        this.json = json;
    }

    public ObjectNode bundle(InputStream csv, String electionId) {
        Map<String, UUID> parties = results.participationsByAbbreviation(electionId);
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        CsvRecords.read(csv, columns -> {
            header.addAll(columns);
            columns.forEach(column -> {
                if (!column.equals("stationId") && !column.equals("stationNumber") && !FIGURES.contains(column)
                        && !parties.containsKey(column)) {
                    errors.add(new FieldError(KIND + "[0]." + CleanText.quotable(column), "is neither a column of station results ("
                            + String.join(", ", columns()) + ") nor the abbreviation of a party in election '"
                            + electionId + "' (" + String.join(", ", parties.keySet()) + ")"));
                }
            });
            if (columns.contains("stationId") && columns.contains("stationNumber")) {
                errors.add(new FieldError(KIND + "[0].stationNumber",
                        "names the station a second time: give stationId or stationNumber, not both"));
            }
        }, (index, cells) -> {
            String[] row = new String[header.size()];
            for (int c = 0; c < row.length; c++) {
                // strip, not trim: trim would also drop control characters such as NUL, which the checks must see
                row[c] = cells.getOrDefault(header.get(c), "").strip();
            }
            int number = header.indexOf("stationNumber");
            if (number >= 0 && !row[number].isEmpty()) {
                String unusable = CleanText.problem(row[number]);
                if (unusable != null) {
                    errors.add(new FieldError(KIND + "[" + index + "].stationNumber", unusable));
                    row[number] = "";
                }
            }
            rows.add(row);
        });
        if (header.contains("stationNumber") && !header.contains("stationId")) {
            stationIdsForNumbers(electionId, rows, header.indexOf("stationNumber"), errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ObjectNode bundle = json.createObjectNode();
        bundle.set(KIND, new Rows(electionId, header, parties, rows));
        return bundle;
    }

    /** Replaces each row's station number by the station's id, all looked up at once. */
    private void stationIdsForNumbers(String electionId, List<String[]> rows, int number, List<FieldError> errors) {
        Set<String> numbers = new HashSet<>();
        rows.forEach(row -> numbers.add(row[number]));
        numbers.remove("");
        Map<String, UUID> ids = results.stationsNumbered(electionId, numbers);
        for (int index = 0; index < rows.size(); index++) {
            String[] row = rows.get(index);
            if (row[number].isEmpty()) {
                continue;
            }
            UUID id = ids.get(row[number]);
            if (id == null) {
                errors.add(new FieldError(KIND + "[" + index + "].stationNumber", "there is no station numbered '"
                        + CleanText.quotable(row[number]) + "' in election '" + electionId + "'"));
            }
            row[number] = id == null ? "" : id.toString();
        }
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("stationId", "stationNumber"));
        columns.addAll(FIGURES);
        return columns;
    }

    /**
     * The rows of a CSV as an import reads them, one at a time: a national list holds tens of thousands of stations
     * with a vote per party each, which as JSON objects all at once would not fit a small heap.
     */
    private static final class Rows extends ArrayNode {

        private final String electionId;
        private final List<String> header;
        private final Map<String, UUID> parties;
        private final List<String[]> rows;

        Rows(String electionId, List<String> header, Map<String, UUID> parties, List<String[]> rows) {
            super(JsonNodeFactory.instance);
            this.electionId = electionId;
            this.header = header;
            this.parties = parties;
            this.rows = rows;
        }

        @Override
        public int size() {
            return rows.size();
        }

        @Override
        public boolean isEmpty() {
            return rows.isEmpty();
        }

        @Override
        public JsonNode get(int index) {
            return index < 0 || index >= rows.size() ? null : row(rows.get(index));
        }

        @Override
        public JsonNode path(int index) {
            JsonNode row = get(index);
            return row == null ? missingNode() : row;
        }

        @Override
        public Iterator<JsonNode> elements() {
            Iterator<String[]> cells = rows.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return cells.hasNext();
                }

                @Override
                public JsonNode next() {
                    return row(cells.next());
                }
            };
        }

        private ObjectNode row(String[] cells) {
            ObjectNode row = JsonNodeFactory.instance.objectNode();
            row.put("electionId", electionId);
            ArrayNode votes = JsonNodeFactory.instance.arrayNode();
            for (int c = 0; c < cells.length; c++) {
                String column = header.get(c);
                String value = cells[c];
                if (value.isEmpty()) {
                    continue;
                }
                if (column.equals("stationId") || column.equals("stationNumber")) {
                    row.put("stationId", value);
                } else if (FIGURES.contains(column)) {
                    putNumber(row, column, value);
                } else {
                    putNumber(votes.addObject().put("participationId", parties.get(column).toString()), "votes", value);
                }
            }
            row.set("votes", votes);
            return row;
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    private static void putNumber(ObjectNode row, String field, String value) {
        try {
            row.put(field, new BigInteger(value).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            row.put(field, value);
        }
    }
}
