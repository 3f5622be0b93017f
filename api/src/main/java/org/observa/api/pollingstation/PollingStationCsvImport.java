package org.observa.api.pollingstation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.observa.api.bulk.CsvImport;
import org.observa.api.bulk.CsvRecords;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.ValidationException;

/**
 * A list of polling stations as CSV, in the columns of the stations' own CSV answer, turned into the
 * {@code pollingStations} rows of an import bundle. Each row carries the election of the import, which its
 * centre must belong to. Cells are handed on as text where they are not numbers, so the import's own
 * checks name the field that is wrong.
 */
@ApplicationScoped
public class PollingStationCsvImport implements CsvImport {

    private static final String KIND = PollingStationImport.KEY;
    private static final Set<String> WRITABLE = Set.of("id", "electionId", "centreId", "number", "registeredVoters",
            "latitude", "longitude", "notes", "sources");
    private static final Set<String> READ_ONLY = Set.of("divisionId", "createdAt", "updatedAt");

    private final ObjectMapper json;

    public PollingStationCsvImport(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public ObjectNode bundle(InputStream csv, String electionId) {
        ObjectNode bundle = json.createObjectNode();
        ArrayNode rows = bundle.putArray(KIND);
        List<FieldError> errors = new ArrayList<>();
        CsvRecords.read(csv, (index, cells) -> {
            String at = KIND + "[" + index + "]";
            ObjectNode row = rows.addObject();
            for (Map.Entry<String, String> cell : cells.entrySet()) {
                String column = cell.getKey();
                if (!WRITABLE.contains(column) && !READ_ONLY.contains(column)) {
                    errors.add(new FieldError(at + "." + column, "is not a column of polling stations; they are "
                            + PollingStationDtoMapper.CSV.headers()));
                } else if (WRITABLE.contains(column)) {
                    put(row, column, cell.getValue());
                }
            }
            if (row.has("electionId") && !row.get("electionId").asText().equals(electionId)) {
                errors.add(new FieldError(at + ".electionId", "is '" + row.get("electionId").asText()
                        + "', but this import is for election '" + electionId + "'"));
            }
            row.put("electionId", electionId);
            location(row);
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return bundle;
    }

    private void put(ObjectNode row, String column, String value) {
        switch (column) {
            case "registeredVoters", "latitude", "longitude" -> {
                try {
                    BigDecimal number = new BigDecimal(value.strip());
                    if (number.scale() <= 0) {
                        row.put(column, number.toBigIntegerExact());
                    } else {
                        row.put(column, number);
                    }
                } catch (NumberFormatException | ArithmeticException e) {
                    row.put(column, value);
                }
            }
            case "sources" -> row.set(column, parsed(value));
            default -> row.put(column, value);
        }
    }

    private JsonNode parsed(String value) {
        try {
            return json.readTree(value);
        } catch (java.io.IOException e) {
            return json.getNodeFactory().textNode(value);
        }
    }

    /** Two columns in the CSV, one {@code location} object in the body; one without the other is incomplete. */
    private static void location(ObjectNode row) {
        JsonNode latitude = row.remove("latitude");
        JsonNode longitude = row.remove("longitude");
        if (latitude != null || longitude != null) {
            ObjectNode location = row.putObject("location");
            location.set("latitude", latitude);
            location.set("longitude", longitude);
        }
    }
}
