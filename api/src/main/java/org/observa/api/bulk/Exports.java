package org.observa.api.bulk;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Function;
import org.observa.api.generated.model.ExportFormatDto;
import org.observa.api.metrics.ObservaMetrics;
import org.observa.api.partner.ChangeCursors;
import org.observa.domain.partner.ChangeService;

/**
 * Bulk exports: a whole filtered collection streamed from the database as NDJSON (one JSON object per
 * line, the same representation as the API's) or CSV, row by row, so memory stays flat however large
 * the dataset. Compression (Accept-Encoding: gzip) is applied by the HTTP layer as the stream is written.
 */
@ApplicationScoped
public class Exports {

    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";
    /** Where a client that exported the data should start following the change feed. */
    public static final String CHANGE_CURSOR_HEADER = "Observa-Change-Cursor";

    /** Hands every row of an export to the sink, one at a time. */
    @FunctionalInterface
    public interface Rows<T> {
        void forEach(Consumer<T> sink);
    }

    private final ObjectMapper json;
    private final HttpHeaders headers;
    private final ChangeService changes;
    private final ObservaMetrics metrics;

    public Exports(ObjectMapper json, HttpHeaders headers, ChangeService changes, ObservaMetrics metrics) {
        this.json = json;
        this.headers = headers;
        this.changes = changes;
        this.metrics = metrics;
    }

    /**
     * 200 with every row, as NDJSON ({@code toJson} gives each row's API representation) or CSV, by the
     * {@code format} parameter or else by Accept, streamed inside one read transaction.
     */
    public <T> Response stream(ExportFormatDto format, String filename, CsvColumns<T> csv, Function<T, ?> toJson,
                               Rows<T> rows) {
        boolean asCsv = format == null ? wantsCsv(headers) : format == ExportFormatDto.CSV;
        // Taken before the rows are read: following the feed from here can repeat, never miss, a change.
        String changeCursor = ChangeCursors.encode(changes.beforeRunningTransactions());
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            // The rows are read inside one transaction, so the export is one consistent snapshot.
            QuarkusTransaction.requiringNew().run(() -> {
                try {
                    long[] written = {0};
                    if (asCsv) {
                        CsvColumns<T>.Rows lines = csv.open(writer, json);
                        rows.forEach(row -> uncheck(() -> {
                            lines.write(row);
                            written[0]++;
                        }));
                        lines.close();
                    } else {
                        SequenceWriter lines = json.writer().withRootValueSeparator("\n")
                                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(writer);
                        rows.forEach(row -> uncheck(() -> {
                            lines.write(toJson.apply(row));
                            written[0]++;
                        }));
                        lines.close();
                        writer.write('\n');
                    }
                    writer.flush();
                    metrics.exported(filename, asCsv ? "csv" : "ndjson", written[0]);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        };
        String type = asCsv ? CSV + "; charset=UTF-8" : NDJSON;
        return Response.ok(body, type)
                .header(CHANGE_CURSOR_HEADER, changeCursor)
                .header("Content-Disposition", "attachment; filename=\"" + filename + (asCsv ? ".csv" : ".ndjson") + "\"")
                .build();
    }

    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.valueOf(NDJSON))) {
                return false;
            }
            if (accepted.isCompatible(MediaType.valueOf(CSV))) {
                return true;
            }
        }
        throw new NotAcceptableException();
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void uncheck(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
