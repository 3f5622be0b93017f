package org.observa.api.database;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.observa.api.mission.MissionRequests.organization;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.observa.api.support.ApiTest;
import org.observa.api.support.OwnDatabase;

/**
 * Anonymous reads on a read replica. The "replica" here is a read-only copy of the test's own database taken
 * when the test starts, on the same server: what was written after the copy shows where each request read.
 * (deploy/scale-out.sh does the same with a real streaming replica.)
 */
@QuarkusTest
@TestProfile(ReadReplicaTest.WithReplica.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadReplicaTest extends ApiTest {

    private static final String PRIMARY = "replicaprimary";
    private static final String COPY = "replicacopy";

    public static class WithReplica extends OwnDatabase {
        public WithReplica() {
            super(PRIMARY);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            // The same server, another database: PGDBNAME in the query overrides the path's.
            config.put("observa.datasource.replica.url", "${quarkus.datasource.jdbc.url}?PGDBNAME=" + COPY);
            config.put("observa.datasource.replica.check-interval", "200ms");
            return config;
        }
    }

    private static String organizationWrittenAfterTheCopy;

    @Test
    @Order(1)
    void anonymousReadsComeFromTheReplicaAndAKeysReadsFromThePrimary() throws Exception {
        copyThePrimary();
        waitUntil(() -> metric("observa_replica_available").equals("1.0"));

        organizationWrittenAfterTheCopy = given().contentType(ContentType.JSON).body(organization("After the copy"))
                .post("/v1/organizations").then().statusCode(201).extract().path("id");
        // The key that wrote reads its own write at once; an anonymous reader is served by the copy.
        given().get("/v1/organizations/" + organizationWrittenAfterTheCopy).then().statusCode(200);
        given().header("Authorization", "").get("/v1/organizations/" + organizationWrittenAfterTheCopy)
                .then().statusCode(404);
        // The change feed is read on the primary, even anonymously: it lists the write.
        assertThat(anonymousChangeFeed()).contains(organizationWrittenAfterTheCopy);
    }

    @Test
    @Order(2)
    void anonymousReadsNeverWriteSoAReadOnlyReplicaServesThemAll() {
        for (String path : List.of("/v1/elections", "/v1/divisions?countryId=KH", "/v1/missions", "/v1/parties",
                "/v1/polling-stations?electionId=kh-na-2023-07-23", "/v1/recommendations",
                "/v1/elections/kh-na-2023-07-23/observation-stats", "/v1/registry-snapshots",
                "/v1/polling-stations.geojson?electionId=kh-na-2023-07-23")) {
            given().header("Authorization", "").get(path).then().statusCode(200);
        }
    }

    @Test
    @Order(3)
    void whenTheReplicaIsGoneAnonymousReadsFallBackToThePrimary() throws Exception {
        try (Connection server = server(); Statement sql = server.createStatement()) {
            sql.execute("DROP DATABASE " + COPY + " WITH (FORCE)");
        }
        List<Integer> statuses = new ArrayList<>();
        waitUntil(() -> {
            int status = given().header("Authorization", "").get("/v1/organizations/" + organizationWrittenAfterTheCopy)
                    .statusCode();
            statuses.add(status);
            return status == 200;
        });
        // Requests that held a connection to the replica when it went may get a 503 (retry), never anything else.
        assertThat(statuses.subList(0, statuses.size() - 1)).allMatch(status -> status == 404 || status == 503);
        assertThat(metric("observa_replica_available")).isEqualTo("0.0");
    }

    private static List<String> anonymousChangeFeed() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        while (true) {
            var request = given().header("Authorization", "").queryParam("pageSize", 500);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            var page = request.get("/v1/changes").then().statusCode(200).extract();
            List<String> items = page.path("items.id");
            if (items.isEmpty()) {
                return ids;
            }
            ids.addAll(items);
            cursor = page.path("cursor");
        }
    }

    /** A read-only copy of the test's database, as a standby is read-only. */
    private static void copyThePrimary() throws Exception {
        try (Connection server = server(); Statement sql = server.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + COPY + " WITH (FORCE)");
            for (int attempt = 0; ; attempt++) {
                // A template may have no other sessions: the service's idle pooled connections are ended.
                sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + PRIMARY + "'");
                try {
                    sql.execute("CREATE DATABASE " + COPY + " TEMPLATE " + PRIMARY);
                    break;
                } catch (SQLException busy) {
                    if (attempt == 20) {
                        throw busy;
                    }
                    Thread.sleep(100);
                }
            }
            sql.execute("ALTER DATABASE " + COPY + " SET default_transaction_read_only = on");
        }
        // Pooled connections idle for more than a second are checked before use: the ended ones are replaced.
        Thread.sleep(1_200);
    }

    private static Connection server() throws SQLException {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        return DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres", "postgres",
                ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class));
    }

    private static String metric(String name) {
        String metrics = given().header("Authorization", "").get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith(name + " ")).map(line -> line.substring(name.length() + 1))
                .findFirst().orElse("missing");
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
