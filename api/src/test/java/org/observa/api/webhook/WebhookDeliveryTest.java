package org.observa.api.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.observa.api.mission.MissionRequests;
import org.observa.api.support.ApiTest;
import org.observa.api.support.WebhookReceiver;
import org.observa.api.support.WebhookReceiver.Received;

/**
 * Changes pushed to real receivers on loopback: signed as documented, in order, at least once, retried, paused
 * and resumed, signed with both secrets during a rotation.
 */
@QuarkusTest
class WebhookDeliveryTest extends ApiTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> subscriptions = new ArrayList<>();

    @AfterEach
    void deleteSubscriptions() {
        subscriptions.forEach(id -> given().header("If-Match", "*").delete("/v1/webhooks/" + id));
    }

    @Test
    void aChangeArrivesSignedVerifiablyWithTheResourceAsTheApiGivesIt() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Mission mission = newMission();
            JsonPath subscription = subscribe(receiver, mission, Map.of("types", List.of("engagement")));
            String secret = subscription.getString("secret");
            assertThat(secret).startsWith("whsec_");

            String engagement = createEngagement(mission);
            Received message = receiver.await(1, about(engagement), WITHIN).get(0);

            assertThat(verifies(message, secret)).as("signature verified with the documented method").isTrue();
            assertThat(verifies(message, "whsec_" + Base64.getEncoder().encodeToString(new byte[32]))).isFalse();
            assertThat(Math.abs(Long.parseLong(message.timestamp()) - Instant.now().getEpochSecond())).isLessThan(300);
            assertThat(message.contentType()).isEqualTo("application/json");
            JsonNode payload = JSON.readTree(message.body());
            assertThat(payload.path("type").asText()).isEqualTo("engagement.created");
            JsonNode change = payload.path("data").path("change");
            assertThat(change.path("id").asText()).isEqualTo(engagement);
            assertThat(change.path("operation").asText()).isEqualTo("CREATE");
            assertThat(change.path("link").asText()).isEqualTo("/v1/missions/" + mission.id() + "/engagements/" + engagement);
            assertThat(payload.path("data").path("resourceState").asText()).isEqualTo("CURRENT");
            JsonNode asTheApiGivesIt = JSON.readTree(given().get(change.path("link").asText()).then().statusCode(200)
                    .extract().asString());
            assertThat(payload.path("data").path("resource")).isEqualTo(asTheApiGivesIt);

            JsonPath log = given().get("/v1/webhooks/" + subscription.getString("id") + "/deliveries").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(log.getString("items[0].messageId")).isEqualTo(message.id());
            assertThat(log.getString("items[0].status")).isEqualTo("DELIVERED");
            assertThat(log.getInt("items[0].attempts[0].statusCode")).isEqualTo(204);
            assertThat(log.getString("items[0].payload.data.change.id")).isEqualTo(engagement);
        }
    }

    @Test
    void aReceiverDownForAWhileGetsEveryChangeInOrderAndNoneTwice() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.down();
            Mission mission = newMission();
            String subscription = subscribe(receiver, mission, Map.of("types", List.of("engagement"))).getString("id");
            List<String> written = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                written.add(createEngagement(mission));
            }
            awaitFailedAttempts(subscription, 2);

            receiver.up();
            List<Received> messages = receiver.await(5, message -> true, WITHIN);
            Thread.sleep(500);

            assertThat(receiver.received()).hasSize(5);
            assertThat(messages.stream().map(WebhookDeliveryTest::changedId).toList()).containsExactlyElementsOf(written);
            assertThat(messages.stream().map(Received::id).distinct()).hasSize(5);
        }
    }

    @Test
    void aReceiverThatKeepsFailingIsRetriedWithGrowingWaitsThenPausedAndResumesWhereItStopped() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answer(500);
            Mission mission = newMission();
            String subscription = subscribe(receiver, mission, Map.of("types", List.of("engagement"))).getString("id");
            String engagement = createEngagement(mission);

            JsonPath paused = awaitStatus(subscription, "PAUSED");
            assertThat(paused.getString("pausedReason")).contains("8 failed attempts").contains("HTTP 500");
            JsonPath pending = given().queryParam("status", "PENDING").get("/v1/webhooks/" + subscription + "/deliveries")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(pending.getString("items[0].change.id")).isEqualTo(engagement);
            List<Map<String, Object>> attempts = pending.getList("items[0].attempts");
            assertThat(attempts).hasSize(8).allSatisfy(attempt -> {
                assertThat(attempt.get("statusCode")).isEqualTo(500);
                assertThat(attempt.get("responseBody")).isEqualTo("answer 500");
            });
            List<Long> gaps = new ArrayList<>();
            for (int i = 1; i < attempts.size(); i++) {
                gaps.add(Duration.between(Instant.parse((String) attempts.get(i - 1).get("attemptedAt")),
                        Instant.parse((String) attempts.get(i).get("attemptedAt"))).toMillis());
            }
            // 100 ms doubling up to 1 s in the test profile, each wait between half and all of it.
            assertThat(gaps.get(0)).as("first wait, of %s", gaps).isBetween(50L, 400L);
            assertThat(gaps.get(gaps.size() - 1)).as("last wait, of %s", gaps).isGreaterThanOrEqualTo(500L);
            assertThat(receiver.received()).isEmpty();

            receiver.answer(204);
            String resumed = given().contentType("application/merge-patch+json")
                    .header("If-Match", MissionRequests.etagOf("/v1/webhooks/" + subscription))
                    .body(Map.of("status", "ACTIVE")).patch("/v1/webhooks/" + subscription).then().statusCode(200)
                    .extract().asString();
            assertThat(JsonPath.from(resumed).getString("pausedReason")).isNull();
            receiver.await(1, about(engagement), WITHIN);
            Thread.sleep(300);
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void duringASecretRotationBothSecretsSignAndAfterItOnlyTheNewOne() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Mission mission = newMission();
            JsonPath subscription = subscribe(receiver, mission, Map.of("types", List.of("engagement")));
            String id = subscription.getString("id");
            String first = subscription.getString("secret");

            JsonPath rotated = given().contentType(ContentType.JSON)
                    .header("If-Match", MissionRequests.etagOf("/v1/webhooks/" + id))
                    .body(Map.of("overlapSeconds", 2)).post("/v1/webhooks/" + id + "/secret-rotations").then()
                    .statusCode(200).header("Cache-Control", "no-store").extract().jsonPath();
            String second = rotated.getString("secret");
            assertThat(second).startsWith("whsec_").isNotEqualTo(first);
            Instant overlapEnds = Instant.parse(rotated.getString("previousSecretExpiresAt"));

            String during = createEngagement(mission);
            Received signedTwice = receiver.await(1, about(during), WITHIN).get(0);
            assertThat(signedTwice.signature().split(" ")).hasSize(2);
            assertThat(verifies(signedTwice, first)).isTrue();
            assertThat(verifies(signedTwice, second)).isTrue();

            Thread.sleep(Math.max(0, Duration.between(Instant.now(), overlapEnds).toMillis()) + 200);
            String after = createEngagement(mission);
            Received signedOnce = receiver.await(1, about(after), WITHIN).get(0);
            assertThat(signedOnce.signature().split(" ")).hasSize(1);
            assertThat(verifies(signedOnce, second)).isTrue();
            assertThat(verifies(signedOnce, first)).isFalse();
        }
    }

    @Test
    void aDeletionCarriesTheResourceAsLastDelivered() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Mission mission = newMission();
            subscribe(receiver, mission, Map.of("types", List.of("engagement")));
            String engagement = createEngagement(mission);
            receiver.await(1, about(engagement), WITHIN);
            String path = "/v1/missions/" + mission.id() + "/engagements/" + engagement;
            given().header("If-Match", MissionRequests.etagOf(path)).delete(path).then().statusCode(204);

            Received deleted = receiver.await(2, about(engagement), WITHIN).get(1);
            JsonNode payload = JSON.readTree(deleted.body());
            assertThat(payload.path("type").asText()).isEqualTo("engagement.deleted");
            assertThat(payload.path("data").path("resourceState").asText()).isEqualTo("LAST_DELIVERED");
            assertThat(payload.path("data").path("resource").path("id").asText()).isEqualTo(engagement);
        }
    }

    @Test
    void aPingAndARedeliveryReachTheReceiverOnceEachUnderOneMessageId() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Mission mission = newMission();
            JsonPath subscription = subscribe(receiver, mission, Map.of("status", "PAUSED"));
            String id = subscription.getString("id");

            String location = given().post("/v1/webhooks/" + id + "/pings").then().statusCode(201)
                    .body("kind", org.hamcrest.Matchers.equalTo("PING")).extract().header("Location");
            Received ping = receiver.await(1, message -> true, WITHIN).get(0);
            assertThat(JSON.readTree(ping.body()).path("type").asText()).isEqualTo("ping");
            assertThat(JSON.readTree(ping.body()).path("data").path("webhookId").asText()).isEqualTo(id);
            assertThat(verifies(ping, subscription.getString("secret"))).isTrue();
            assertThat(location).startsWith("/v1/webhooks/" + id + "/deliveries/");
            awaitDelivered(location);

            given().post(location + "/redeliveries").then().statusCode(201).body("kind",
                    org.hamcrest.Matchers.equalTo("REDELIVERY")).header("Location", startsWith("/v1/webhooks/"));
            List<Received> both = receiver.await(2, message -> true, WITHIN);
            assertThat(both.get(1).id()).isEqualTo(ping.id());
            assertThat(both.get(1).body()).isEqualTo(ping.body());
        }
    }

    @Test
    void deliveriesFailuresAndEachSubscriptionsOldestUndeliveredChangeAreMetrics() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answerAfter(Duration.ofMillis(2500));
            Mission mission = newMission();
            String subscription = subscribe(receiver, mission, Map.of("types", List.of("engagement"))).getString("id");
            String delivered = "observa_webhook_attempts_seconds_count{kind=\"change\",outcome=\"delivered\"";
            String failed = "observa_webhook_attempts_seconds_count{kind=\"change\",outcome=\"failed\"";
            String backlog = "observa_webhook_oldest_undelivered_seconds{webhook=\"" + subscription + "\"";
            double deliveredBefore = metric(delivered);
            double failedBefore = metric(failed);

            // The receiver holds the message for 2.5 s: meanwhile the change waits, and the gauge says for how long.
            createEngagement(mission);
            awaitMetric(backlog, value -> value > 0);
            receiver.await(1, message -> true, WITHIN);
            awaitMetric(delivered, value -> value >= deliveredBefore + 1);
            awaitMetric(backlog, value -> value == 0);

            receiver.answerAfter(Duration.ZERO);
            receiver.answer(500);
            createEngagement(mission);
            awaitMetric(failed, value -> value >= failedBefore + 1);
        }
    }

    /** The value of the Prometheus series whose name and labels start so (the registry ends them with a comma). */
    private static double metric(String series) {
        String metrics = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith(series + ",") || line.startsWith(series + "}"))
                .findFirst().map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).orElse(0.0);
    }

    private static void awaitMetric(String series, java.util.function.DoublePredicate condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.test(metric(series))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(series + " did not reach the expected value within " + WITHIN + "; the webhook metrics: "
                + given().accept("text/plain").get("/q/metrics").then().extract().asString().lines()
                .filter(line -> line.startsWith("observa_webhook")).toList());
    }

    private record Mission(String organizationId, String id) {
    }

    private static Mission newMission() {
        String organization = MissionRequests.createOrganization();
        return new Mission(organization, MissionRequests.createMission(MissionRequests.mission(organization)));
    }

    private JsonPath subscribe(WebhookReceiver receiver, Mission mission, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("url", receiver.url());
        body.put("organizationId", mission.organizationId());
        body.put("missionId", mission.id());
        JsonPath created = given().contentType(ContentType.JSON).body(body).post("/v1/webhooks").then()
                .statusCode(201).header("Cache-Control", "no-store").extract().jsonPath();
        subscriptions.add(created.getString("id"));
        return created;
    }

    private static String createEngagement(Mission mission) {
        return given().contentType(ContentType.JSON).body(MissionRequests.engagement("2023-07-14", null))
                .post("/v1/missions/" + mission.id() + "/engagements").then().statusCode(201).extract().path("id");
    }

    private static java.util.function.Predicate<Received> about(String resourceId) {
        return message -> resourceId.equals(changedId(message));
    }

    private static String changedId(Received message) {
        try {
            return JSON.readTree(message.body()).path("data").path("change").path("id").asText(null);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The documented check: HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>" keyed by the secret's bytes. */
    static boolean verifies(Received message, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(
                (message.id() + "." + message.timestamp() + "." + message.body()).getBytes(StandardCharsets.UTF_8)));
        return Arrays.stream(message.signature().split(" ")).anyMatch(signature -> MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8)));
    }

    private static void awaitFailedAttempts(String subscription, int attempts) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            List<Object> made = given().queryParam("status", "PENDING").get("/v1/webhooks/" + subscription + "/deliveries")
                    .then().statusCode(200).extract().jsonPath().getList("items[0].attempts");
            if (made != null && made.size() >= attempts) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("fewer than " + attempts + " failed attempts within " + WITHIN);
    }

    private static JsonPath awaitStatus(String subscription, String status) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath webhook = given().get("/v1/webhooks/" + subscription).then().statusCode(200).extract().jsonPath();
            if (status.equals(webhook.getString("status"))) {
                return webhook;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the subscription was not " + status + " within " + WITHIN);
    }

    private static void awaitDelivered(String location) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if ("DELIVERED".equals(given().get(location).then().statusCode(200).extract().path("status"))) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(location + " was not delivered within " + WITHIN);
    }
}
