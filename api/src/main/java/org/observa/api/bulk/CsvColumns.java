package org.observa.api.bulk;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of a CSV representation, in a fixed, documented order (RFC 4180: comma-separated, quoted
 * when needed, CRLF line ends, UTF-8), written with Jackson's CSV module. Columns are only ever appended,
 * so spreadsheets built on them keep working.
 */
public final class CsvColumns<T> {

    private record Column<T>(String header, Function<T, Object> value, boolean asJson) {
    }

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

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

    /** The columns of {@code others}, appended in their order: a group of columns several kinds of record share. */
    public CsvColumns<T> addAll(CsvColumns<T> others) {
        columns.addAll(others.columns);
        return this;
    }

    /** The header row's names, in order. */
    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** A whole CSV document: the header row and one row per item (e.g. one page of a list). */
    public String write(List<T> rows, ObjectMapper json) {
        StringWriter out = new StringWriter();
        try (Rows writer = open(out, json)) {
            for (T row : rows) {
                writer.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A string cannot fail to be written", e);
        }
        return out.toString();
    }

    /** Starts a document on {@code out} with its header row; rows follow one by one (an export streams them). */
    public Rows open(Writer out, ObjectMapper json) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withoutHeader().withLineSeparator("\r\n");
        ObjectWriter writer = CSV.writerFor(List.class).with(schema);
        SequenceWriter lines = writer.writeValues(out);
        lines.write(headers());
        return new Rows(lines, json);
    }

    /** The rows of one document, written as they come. */
    public final class Rows implements AutoCloseable {
        private final SequenceWriter lines;
        private final ObjectMapper json;

        private Rows(SequenceWriter lines, ObjectMapper json) {
            this.lines = lines;
            this.json = json;
        }

        public void write(T row) throws IOException {
            List<String> cells = new ArrayList<>(columns.size());
            for (Column<T> column : columns) {
                Object value = column.value().apply(row);
                // An absent value is an empty cell; Jackson would drop a null cell and shift the row.
                cells.add(value == null ? "" : column.asJson() ? json.writeValueAsString(value) : value.toString());
            }
            lines.write(cells);
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }
}
