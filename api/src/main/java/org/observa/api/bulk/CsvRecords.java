package org.observa.api.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.observa.domain.shared.ValidationException;

/**
 * Reads a CSV document as our CSV answers write it (RFC 4180: a header row, comma-separated, fields with
 * commas, quotes or line breaks in double quotes, CRLF or LF line ends, UTF-8 with or without a BOM).
 * Each data row is handed over as a map from header to non-empty cell, so an empty cell is an absent value.
 */
public final class CsvRecords {

    private CsvRecords() {
    }

    /** Calls {@code row} with each data row's index (from 0) and its cells; the header must name each column once. */
    public static void read(InputStream csv, BiConsumer<Integer, Map<String, String>> row) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            Lines lines = new Lines(in);
            List<String> header = lines.next();
            if (header == null || header.stream().allMatch(String::isBlank)) {
                throw ValidationException.of("body", "must start with a header row naming the columns");
            }
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                header.set(0, header.get(0).substring(1));
            }
            for (int i = 0; i < header.size(); i++) {
                if (header.indexOf(header.get(i)) != i) {
                    throw ValidationException.of("body", "the header names the column '" + header.get(i) + "' twice");
                }
            }
            int index = 0;
            for (List<String> cells = lines.next(); cells != null; cells = lines.next()) {
                if (cells.size() == 1 && cells.get(0).isEmpty()) {
                    continue;
                }
                if (cells.size() > header.size()) {
                    throw ValidationException.of("body", "line " + lines.number + " has " + cells.size()
                            + " cells, but the header names " + header.size() + " columns");
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        values.put(header.get(c), cells.get(c));
                    }
                }
                row.accept(index++, values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of a document, one list of cells each; a quoted cell may span lines. */
    private static final class Lines {
        private final BufferedReader in;
        int number;

        Lines(BufferedReader in) {
            this.in = in;
        }

        List<String> next() throws IOException {
            String line = in.readLine();
            if (line == null) {
                return null;
            }
            number++;
            int startLine = number;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (true) {
                if (i == line.length()) {
                    if (!quoted) {
                        break;
                    }
                    line = in.readLine();
                    if (line == null) {
                        throw ValidationException.of("body", "line " + startLine + " opens a quoted cell that is never closed");
                    }
                    number++;
                    cell.append('\n');
                    i = 0;
                    continue;
                }
                char c = line.charAt(i++);
                if (quoted) {
                    if (c != '"') {
                        cell.append(c);
                    } else if (i < line.length() && line.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '"' && cell.isEmpty()) {
                    quoted = true;
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            return cells;
        }
    }
}
