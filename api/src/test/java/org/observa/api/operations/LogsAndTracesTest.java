package org.observa.api.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

/**
 * Logs as a collector reads them (JSON, one object per line) with tracing on: one access-log line per request
 * with route, status, duration and caller, and a 500's correlation id is its trace id, found in the log.
 */
@QuarkusTest
@TestProfile(LogsAndTracesTest.JsonLogsAndTraces.class)
class LogsAndTracesTest extends ApiTest {

    static final Path LOG = Path.of("target", "logs-and-traces-test.json.log");

    public static class JsonLogsAndTraces implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.file.json.enabled", "true",
                    "quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.traces.exporter", "none");
        }
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
        assertThat(Files.readString(LOG)).doesNotContain(ADMIN_KEY);
    }

    @Test
    void aServerFaultsCorrelationIdIsItsTraceIdAndIsInTheLog() throws Exception {
        String correlationId = given().noFilters().get("/test-only/failure").then().statusCode(500)
                .extract().path("correlationId");
        assertThat(correlationId).matches("[0-9a-f]{32}");
        Thread.sleep(200);
        assertThat(lines()).anySatisfy(line -> {
            assertThat(line.path("level").asText()).isEqualTo("ERROR");
            assertThat(line.path("message").asText()).contains(correlationId);
        });
    }
}
