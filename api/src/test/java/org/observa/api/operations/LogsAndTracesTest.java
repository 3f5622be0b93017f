package org.observa.api.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.semconv.HttpAttributes;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

/**
 * Logs as a collector reads them (JSON, one object per line) with tracing on: one access-log line per request
 * with route, status, duration and caller; a request is a trace with a span per SQL statement; and a 500's
 * correlation id is its trace id, found in the log.
 */
@QuarkusTest
@TestProfile(LogsAndTracesTest.JsonLogsAndTraces.class)
class LogsAndTracesTest extends ApiTest {

    static final Path LOG = Path.of("target", "logs-and-traces-test.json.log");

    @Inject
    InMemorySpanExporter spans;

    public static class JsonLogsAndTraces implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.file.json.enabled", "true",
                    "quarkus.otel.sdk.disabled", "false",
                    // Spans are handed to the exporters (the in-memory one of the tests) as each ends.
                    "quarkus.otel.simple", "true",
                    "quarkus.otel.exporter.otlp.traces.endpoint", "http://localhost:1",
                    "quarkus.datasource.jdbc.telemetry.enabled", "true");
        }
    }

    private SpanData awaitSpan(Predicate<SpanData> wanted) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            Optional<SpanData> span = spans.getFinishedSpanItems().stream().filter(wanted).findFirst();
            if (span.isPresent()) {
                return span.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No such span among " + spans.getFinishedSpanItems());
    }

    private static List<JsonNode> lines() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(LOG)) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void everyRequestHasOneAccessLineWithRouteStatusDurationAndCallerButNoKey() throws Exception {
        given().get("/v1/divisions/KH-6").then().statusCode(200);
        Thread.sleep(200);
        JsonNode access = lines().stream()
                .filter(line -> "org.observa.access".equals(line.path("loggerName").asText()))
                .filter(line -> "/v1/divisions/{divisionId}".equals(line.path("mdc").path("route").asText()))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(access.path("mdc").path("status").asText()).isEqualTo("200");
        assertThat(access.path("mdc").path("durationMs").asText()).isNotEmpty();
        assertThat(access.path("mdc").path("caller").asText()).isEqualTo("bootstrap-administrator-key");
        assertThat(access.path("message").asText())
                .matches("GET /v1/divisions/\\{divisionId} 200 [0-9]+\\.[0-9] ms caller=bootstrap-administrator-key");
        assertThat(access.path("mdc").path("durationMs").asDouble())
                .isEqualTo(Double.parseDouble(access.path("message").asText().split(" ")[3]));
        assertThat(Files.readString(LOG)).doesNotContain(ADMIN_KEY);
    }

    @Test
    void aRequestIsATraceWithItsRouteAndASpanPerSqlStatement() throws Exception {
        spans.reset();
        given().header("Authorization", "").get("/v1/divisions/KH-6").then().statusCode(200);
        SpanData server = awaitSpan(span -> span.getKind() == SpanKind.SERVER
                && "/v1/divisions/{divisionId}".equals(span.getAttributes().get(HttpAttributes.HTTP_ROUTE)));
        awaitSpan(span -> span.getTraceId().equals(server.getTraceId()) && span.getKind() == SpanKind.CLIENT
                && span.getAttributes().asMap().keySet().stream().anyMatch(key -> key.getKey().startsWith("db.")));
    }

    @Test
    void aServerFaultsCorrelationIdIsItsTraceIdAndIsInTheLog() throws Exception {
        spans.reset();
        String correlationId = given().noFilters().get("/test-only/failure").then().statusCode(500)
                .extract().path("correlationId");
        assertThat(correlationId).matches("[0-9a-f]{32}");
        awaitSpan(span -> span.getKind() == SpanKind.SERVER && span.getTraceId().equals(correlationId));
        Thread.sleep(200);
        assertThat(lines()).anySatisfy(line -> {
            assertThat(line.path("level").asText()).isEqualTo("ERROR");
            assertThat(line.path("message").asText()).contains(correlationId);
        });
    }
}
