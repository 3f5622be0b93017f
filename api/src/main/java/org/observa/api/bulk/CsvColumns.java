package org.observa.api.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of a CSV representation, in a fixed, documented order (RFC 4180: comma-separated, quoted
 * when needed, CRLF line ends, UTF-8). Columns are only ever appended, so spreadsheets built on them keep working.
 */
public final class CsvColumns<T> {

    private record Column<T>(String header, Function<T, Object> value, boolean asJson) {
    }

    private final List<Column<T>> columns = new ArrayList<>();

    public CsvColumns<T> add(String header, Function<T, Object> value) {
        columns.add(new Column<>(header, value, false));
        return this;
    }

    /** A column for a structured value (a localized text, a list), written as compact JSON. */
    public CsvColumns<T> addJson(String header, Function<T, Object> value) {
        columns.add(new Column<>(header, value, true));
        return this;
    }

    /** The header row's names, in order. */
    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** A whole CSV document: the header row and one row per item (e.g. one page of a list). */
    public String write(List<T> rows, ObjectMapper json) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            writeHeader(out);
            for (T row : rows) {
                writeRow(out, row, json);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("A string cannot fail to be written", e);
        }
        return out.toString();
    }

    void writeHeader(Writer out) throws IOException {
        writeLine(out, columns.stream().map(c -> (Object) c.header()).toList());
    }

    void writeRow(Writer out, T row, ObjectMapper json) throws IOException {
        List<Object> values = new ArrayList<>(columns.size());
        for (Column<T> column : columns) {
            Object value = column.value().apply(row);
            values.add(column.asJson() && value != null ? json.writeValueAsString(value) : value);
        }
        writeLine(out, values);
    }

    private static void writeLine(Writer out, List<Object> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(escape(values.get(i)));
        }
        out.write("\r\n");
    }

    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
