package org.observa.api.database;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

/**
 * An operator's external PostgreSQL crashes and comes back: while it is gone the service is not ready and
 * answers every request with a 503 problem document and Retry-After, never a 500; once it is back, the
 * service is ready again and no request fails.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.Profile.class)
class DatabaseOutageTest extends ApiTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StoppableDatabase.class));
        }
    }

    private static final List<Supplier<Response>> REQUESTS = List.of(
            () -> given().get("/v1/divisions/KH-6"),
            () -> given().queryParam("countryId", "KH").get("/v1/divisions"),
            () -> given().get("/v1/elections/kh-na-2023-07-23/observation-stats?groupBy=division"),
            () -> given().get("/v1/changes"),
            () -> given().contentType(ContentType.JSON)
                    .body(Map.of("name", Map.of("en", "Outage observers"), "classification", "OBSERVER_GROUP"))
                    .post("/v1/organizations"));

    @Test
    void readinessFollowsTheDatabaseAndNoRequestFailsOnceItIsBack() throws Exception {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        // Clients keep coming throughout, so that some requests are in flight when the database goes.
        Map<Integer, Integer> answers = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicBoolean going = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread client = new Thread(() -> {
                while (going.get()) {
                    for (Supplier<Response> request : REQUESTS) {
                        answers.merge(request.get().statusCode(), 1, Integer::sum);
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        Thread.sleep(500);

        StoppableDatabase.crash();

        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        for (Supplier<Response> request : REQUESTS) {
            request.get().then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "2")
                    .body("type", equalTo("/problems/service-unavailable"));
        }

        StoppableDatabase.startAgain();
        Thread.sleep(500);
        going.set(false);
        for (Thread client : clients) {
            client.join();
        }
        assertThat(answers.keySet()).as("statuses while the database crashed and came back: " + answers)
                .allMatch(status -> status < 300 || status == 503);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (given().get("/q/health/ready").statusCode() != 200) {
            assertThat(System.nanoTime()).as("ready again within 30 s").isLessThan(deadline);
            Thread.sleep(200);
        }
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            for (Supplier<Response> request : REQUESTS) {
                Response answer = request.get();
                if (answer.statusCode() >= 400) {
                    failures.add(answer.statusCode() + " " + answer.asString());
                }
            }
        }
        assertThat(failures).as("requests after the database came back").isEmpty();
    }
}
