package org.observa.api.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.observa.api.mission.MissionRequests;
import org.observa.api.support.ApiTest;

/** /q/metrics as Prometheus scrapes it: requests per route template, the pool, and Observa's own figures. */
@QuarkusTest
class MetricsTest extends ApiTest {

    /** The Prometheus text format; its older version ends label sets with a comma ({@code ,}}), which is dropped here. */
    private static String metrics() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString()
                .replace(",}", "}");
    }

    private static double value(String metrics, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " ([0-9.eE+-]+)$", Pattern.MULTILINE).matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    @Test
    void aRequestShowsUpInItsRoutesCounterAndHistogramNeverUnderItsRawUrl() {
        String series = "http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
                + "uri=\"/v1/divisions/{divisionId}\"}";
        double before = value(metrics(), series);
        given().get("/v1/divisions/KH-6").then().statusCode(200);
        given().get("/v1/divisions/KH-12").then().statusCode(200);
        String after = metrics();
        assertThat(value(after, series)).isEqualTo(before + 2);
        assertThat(after).contains("http_server_requests_seconds_bucket{method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
                + "uri=\"/v1/divisions/{divisionId}\",le=");
        assertThat(after).doesNotContain("uri=\"/v1/divisions/KH-6\"");
    }

    @Test
    void requestsAnsweredBeforeARouteMatchedAreStillCountedByTemplate() {
        given().contentType(ContentType.JSON).body("{}").put("/v1/divisions/KH-7").then().statusCode(405);
        given().header("Origin", "https://dashboard.example").header("Access-Control-Request-Method", "GET")
                .options("/v1/divisions/KH-8").then().statusCode(204);
        given().get("/v1/no-such-collection/x").then().statusCode(404);
        String metrics = metrics();
        assertThat(metrics).doesNotContain("uri=\"/v1/divisions/KH-7\"").doesNotContain("uri=\"/v1/divisions/KH-8\"")
                .doesNotContain("uri=\"/v1/no-such-collection/x\"");
        assertThat(metrics).contains("method=\"PUT\",outcome=\"CLIENT_ERROR\",status=\"405\",uri=\"/v1/divisions/{divisionId}\"");
    }

    @Test
    void theConnectionPoolAndTheChangeFeedLagAreWatched() {
        String metrics = metrics();
        assertThat(metrics).contains("agroal_active_count").contains("agroal_awaiting_count");
        assertThat(metrics).containsPattern("(?m)^observa_change_feed_lag_seconds [0-9.]+");
    }

    @Test
    void importedRejectedAndExportedRowsAreCountedPerKind() {
        String mission = MissionRequests.createMission();
        String created = "observa_import_rows_total{dry_run=\"false\",kind=\"engagements\",outcome=\"created\"}";
        String rejected = "observa_import_rows_total{dry_run=\"false\",kind=\"engagements\",outcome=\"rejected\"}";
        String exported = "observa_export_rows_total{collection=\"engagements\",format=\"ndjson\"}";
        String before = metrics();

        String row = "{\"id\":\"%s\",\"missionId\":\"" + mission + "\",\"kind\":\"MEETING\",\"startDate\":\"2023-07-14\","
                + "\"summary\":{\"en\":\"Counted\"}}";
        given().contentType(ContentType.JSON).body("{\"engagements\":[" + row.formatted(UUID.randomUUID()) + ","
                + row.formatted(UUID.randomUUID()) + "]}").post("/v1/imports").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"engagements\":[{\"id\":\"" + UUID.randomUUID() + "\",\"missionId\":\""
                + mission + "\",\"kind\":\"PARTY\"}]}").post("/v1/imports").then().statusCode(400);
        given().queryParam("missionId", mission).queryParam("format", "ndjson").get("/v1/exports/engagements").then()
                .statusCode(200);

        String after = metrics();
        assertThat(value(after, created)).isEqualTo(value(before, created) + 2);
        assertThat(value(after, rejected)).isEqualTo(value(before, rejected) + 1);
        assertThat(value(after, exported)).isEqualTo(value(before, exported) + 2);
    }
}
