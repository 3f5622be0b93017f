package org.observa.api.tabulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.observa.api.bulk.CsvRecords;
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
        ObjectNode bundle = json.createObjectNode();
        ArrayNode rows = bundle.putArray(KIND);
        List<FieldError> errors = new ArrayList<>();
        CsvRecords.read(csv, (index, cells) -> {
            String at = KIND + "[" + index + "]";
            ObjectNode row = rows.addObject();
            row.put("electionId", electionId);
            ArrayNode votes = json.createArrayNode();
            for (Map.Entry<String, String> cell : cells.entrySet()) {
                String column = cell.getKey();
                String value = cell.getValue().trim();
                if (column.equals("stationId")) {
                    row.put("stationId", value);
                } else if (column.equals("stationNumber")) {
                    if (!value.isEmpty() && !cells.containsKey("stationId")) {
                        results.stationNumbered(electionId, value).ifPresentOrElse(id -> row.put("stationId", id.toString()),
                                () -> errors.add(new FieldError(at + ".stationNumber", "there is no station numbered '"
                                        + value + "' in election '" + electionId + "'")));
                    }
                } else if (FIGURES.contains(column)) {
                    if (!value.isEmpty()) {
                        putNumber(row, column, value);
                    }
                } else if (parties.containsKey(column)) {
                    if (!value.isEmpty()) {
                        ObjectNode party = votes.addObject().put("participationId", parties.get(column).toString());
                        putNumber(party, "votes", value);
                    }
                } else {
                    errors.add(new FieldError(at + "." + column, "is neither a column of station results ("
                            + String.join(", ", columns()) + ") nor the abbreviation of a party in election '" + electionId
                            + "' (" + String.join(", ", parties.keySet()) + ")"));
                }
            }
            row.set("votes", votes);
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return bundle;
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("stationId", "stationNumber"));
        columns.addAll(FIGURES);
        return columns;
    }

    private static void putNumber(ObjectNode row, String field, String value) {
        try {
            row.put(field, new BigInteger(value));
        } catch (NumberFormatException e) {
            row.put(field, value);
        }
    }
}
