package org.observa.api.bulk;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.observa.domain.shared.ValidationException;

/**
 * Reads a CSV document as our CSV answers write it (RFC 4180: a header row, comma-separated, fields with
 * commas, quotes or line breaks in double quotes, CRLF or LF line ends, UTF-8 with or without a BOM), with
 * Jackson's CSV module. Each data row is handed over as a map from header to non-empty cell, so an empty
 * cell is an absent value.
 */
public final class CsvRecords {

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private CsvRecords() {
    }

    /** Calls {@code row} with each data row's index (from 0) and its cells; the header must name each column once. */
    public static void read(InputStream csv, BiConsumer<Integer, Map<String, String>> row) {
        read(csv, columns -> { }, row);
    }

    /**
     * As {@link #read(InputStream, BiConsumer)}, first handing {@code header} the header's columns: a row's map holds
     * only its non-empty cells, so the columns cannot be learnt from the rows.
     */
    public static void read(InputStream csv, Consumer<List<String>> header,
                            BiConsumer<Integer, Map<String, String>> row) {
        try (MappingIterator<List<String>> lines = CSV.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
            if (!lines.hasNextValue()) {
                throw ValidationException.of("body", "must start with a header row naming the columns");
            }
            List<String> columns = header(lines.nextValue());
            header.accept(List.copyOf(columns));
            int index = 0;
            while (lines.hasNextValue()) {
                List<String> cells = lines.nextValue();
                if (cells.size() > columns.size()) {
                    throw ValidationException.of("body", "line " + lines.getCurrentLocation().getLineNr() + " has "
                            + cells.size() + " cells, but the header names " + columns.size() + " columns");
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        values.put(columns.get(c), cells.get(c));
                    }
                }
                row.accept(index++, values);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw ValidationException.of("body", "is not valid CSV: " + e.getOriginalMessage()
                    + (at == null ? "" : " (line " + at.getLineNr() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof JsonProcessingException json) {
                throw ValidationException.of("body", "is not valid CSV: " + json.getOriginalMessage());
            }
            throw e;
        }
    }

    private static List<String> header(List<String> names) {
        if (names.stream().allMatch(String::isBlank)) {
            throw ValidationException.of("body", "must start with a header row naming the columns");
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw ValidationException.of("body", "the header names the column '" + name + "' twice");
            }
        }
        return names;
    }
}
