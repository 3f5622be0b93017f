package org.observa.api.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observa.api.support.WebhookReceiver;
import org.observa.api.support.WebhookReceiver.Received;

/**
 * Two instances of the packaged service against one PostgreSQL and one receiver: each change reaches each
 * subscription once, in order, whichever instance took the write; and when the instance that is delivering a
 * change is killed, the other one delivers it again once its lease has run out — the only duplicate — and goes on.
 */
class WebhookInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Test
    void twoInstancesDeliverEachChangeOncePerSubscriptionAndAKilledOneLosesNothing(@TempDir Path home) throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start();
             WebhookReceiver receiver = WebhookReceiver.start();
             PackagedService first = PackagedService.start(home.resolve("first"), environment(database)).awaitReady();
             PackagedService second = PackagedService.start(home.resolve("second"), environment(database)).awaitReady()) {
            List<PackagedService> instances = List.of(first, second);
            String organization = post(first, "/v1/organizations", Map.of("name", Map.of("en", "Two-instance group"),
                    "classification", "OBSERVER_GROUP")).path("id").asText();
            String mission = post(first, "/v1/missions", Map.of("organizationId", organization,
                    "electionId", "kh-na-2023-07-23", "countryId", "KH", "title", Map.of("en", "Two instances"),
                    "startDate", "2023-07-13", "endDate", "2023-07-23")).path("id").asText();
            List<String> subscriptions = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                subscriptions.add(post(instances.get(i % 2), "/v1/webhooks", Map.of("url", receiver.url() + "?s=" + i,
                        "organizationId", organization, "missionId", mission, "types", List.of("engagement")))
                        .path("id").asText());
            }

            List<String> written = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                written.add(createEngagement(instances.get(i % 2), mission));
            }
            receiver.await(60, message -> true, WITHIN);
            Thread.sleep(1000);
            for (int i = 0; i < 3; i++) {
                List<Received> taken = of(receiver, i);
                assertThat(taken.stream().map(WebhookInstancesIT::changedId).toList())
                        .as("subscription %d got every change once, in order", i).containsExactlyElementsOf(written);
            }

            // Kill (SIGKILL) the instance that is delivering a change while the receiver holds its request.
            receiver.answerAfter(Duration.ofSeconds(4));
            int before = receiver.received().size();
            String during = createEngagement(first, mission);
            receiver.await(before + 1, message -> true, WITHIN);
            String owner = leaseOwner(database, subscriptionHolding(receiver, subscriptions, before));
            PackagedService delivering = instances.stream()
                    .filter(instance -> owner.startsWith(instance.process().pid() + "@")).findFirst().orElseThrow();
            PackagedService surviving = delivering == first ? second : first;
            delivering.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            receiver.answerAfter(Duration.ZERO);
            String after = createEngagement(surviving, mission);

            receiver.await(3, message -> after.equals(changedId(message)), WITHIN);
            Thread.sleep(1000);
            for (int i = 0; i < 3; i++) {
                List<String> ids = of(receiver, i).stream().skip(20).map(WebhookInstancesIT::changedId).toList();
                assertThat(ids.stream().distinct().toList()).as("subscription %d: nothing lost, in order", i)
                        .containsExactly(during, after);
                assertThat(ids.stream().filter(after::equals)).as("subscription %d: the next change once", i).hasSize(1);
            }
            List<Received> since = receiver.received().subList(before, receiver.received().size());
            Map<String, Long> copies = new HashMap<>();
            since.forEach(message -> copies.merge(message.id(), 1L, Long::sum));
            assertThat(copies.entrySet().stream().filter(copy -> copy.getValue() > 1)
                    .map(copy -> changedId(since.stream().filter(message -> message.id().equals(copy.getKey()))
                            .findFirst().orElseThrow())).toList())
                    .as("a message came twice only when it was in flight at the kill").isNotEmpty().containsOnly(during);
        }
    }

    private static Map<String, String> environment(EmbeddedPostgres database) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.getJdbcUrl("postgres", "postgres"));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        // The missions here go to the demo data's election.
        env.put("OBSERVA_DEMO_DATA_ENABLED", "true");
        env.put("OBSERVA_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true");
        env.put("OBSERVA_WEBHOOKS_REQUIRE_HTTPS", "false");
        env.put("OBSERVA_WEBHOOKS_POLL_INTERVAL", "50ms");
        env.put("OBSERVA_WEBHOOKS_LEASE", "6s");
        env.put("OBSERVA_WEBHOOKS_RETRY_FIRST_DELAY", "200ms");
        env.put("OBSERVA_WEBHOOKS_TIMEOUT", "10s");
        return env;
    }

    private static JsonNode post(PackagedService service, String path, Object body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(service.uri(path))
                .header("Authorization", "Bearer " + PackagedService.ADMIN_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static String createEngagement(PackagedService service, String mission) throws Exception {
        return post(service, "/v1/missions/" + mission + "/engagements", Map.of("kind", "MEETING",
                "startDate", "2023-07-14", "divisionId", "KH-12", "place", "Phnom Penh",
                "peopleMet", List.of(Map.of("name", "Someone")), "summary", Map.of("en", "A meeting")))
                .path("id").asText();
    }

    private static List<Received> of(WebhookReceiver receiver, int subscription) {
        return receiver.received().stream().filter(message -> message.path().endsWith("?s=" + subscription)).toList();
    }

    private static String subscriptionHolding(WebhookReceiver receiver, List<String> subscriptions, int index) {
        String path = receiver.received().get(index).path();
        return subscriptions.get(Integer.parseInt(path.substring(path.indexOf("?s=") + 3)));
    }

    private static String leaseOwner(EmbeddedPostgres database, String subscription) throws Exception {
        try (Connection connection = database.getPostgresDatabase().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select lease_owner from webhook_cursor where subscription_id = ?")) {
            query.setObject(1, UUID.fromString(subscription));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private static String changedId(Received message) {
        try {
            return JSON.readTree(message.body()).path("data").path("change").path("id").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
