package org.observa.api.http.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

/**
 * Rate limits as a client meets them: every answer says where it stands; over the quota it gets a 429
 * problem document with Retry-After. Each test is a client of its own, told apart by the address a trusted
 * proxy forwards (X-Forwarded-For).
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallQuotas.class)
class RateLimitTest extends ApiTest {

    public static class SmallQuotas implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("observa.rate-limit.anonymous-per-minute", "5",
                    "observa.rate-limit.key-per-minute", "5",
                    "observa.rate-limit.failed-authentications-per-minute", "3",
                    // The tests stand behind a proxy they trust, so that each can be a client of its own.
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1,localhost");
        }
    }

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final String RETRY_AFTER_SECONDS = "[1-9][0-9]?";

    private static String newClient() {
        return "203.0.113." + CLIENTS.incrementAndGet();
    }

    @Test
    void anonymousReadsOverTheQuotaAreA429WithRetryAfter() {
        String client = newClient();
        for (int remaining = 4; remaining >= 0; remaining--) {
            given().header("Authorization", "").header("X-Forwarded-For", client).get("/v1/divisions/KH-6").then()
                    .statusCode(200)
                    .header("RateLimit-Policy", "\"anonymous\";q=5;w=60")
                    .header("RateLimit", matchesPattern("\"anonymous\";r=" + remaining + ";t=[0-9]+"));
        }
        given().header("Authorization", "").header("X-Forwarded-For", client).get("/v1/divisions/KH-6").then()
                .statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("/problems/too-many-requests"))
                .header("Retry-After", matchesPattern(RETRY_AFTER_SECONDS))
                .header("RateLimit-Policy", "\"anonymous\";q=5;w=60")
                .header("RateLimit", matchesPattern("\"anonymous\";r=0;t=[0-9]+"));
        // Another client is not held back by the first.
        given().header("Authorization", "").header("X-Forwarded-For", newClient()).get("/v1/divisions/KH-6").then()
                .statusCode(200);
    }

    @Test
    void requestsWithAKeyAreCountedPerKeyWhateverTheAddress() {
        String organization = given().header("X-Forwarded-For", newClient()).contentType(ContentType.JSON)
                .body(Map.of("name", Map.of("en", "Rate-limited observers"), "classification", "OBSERVER_GROUP"))
                .post("/v1/organizations").then().statusCode(201).extract().path("id");
        String token = given().header("X-Forwarded-For", newClient()).contentType(ContentType.JSON)
                .body(Map.of("organizationId", organization, "role", "EDITOR", "label", "busy partner"))
                .post("/v1/api-keys").then().statusCode(201).extract().path("token");
        for (int remaining = 4; remaining >= 0; remaining--) {
            given().header("Authorization", "Bearer " + token).header("X-Forwarded-For", newClient())
                    .get("/v1/api-keys").then().statusCode(200)
                    .header("RateLimit-Policy", "\"key\";q=5;w=60")
                    .header("RateLimit", matchesPattern("\"key\";r=" + remaining + ";t=[0-9]+"));
        }
        given().header("Authorization", "Bearer " + token).header("X-Forwarded-For", newClient())
                .contentType(ContentType.JSON).body(Map.of("name", Map.of("en", "x"), "classification", "OTHER"))
                .post("/v1/organizations").then().statusCode(429)
                .body("type", equalTo("/problems/too-many-requests"))
                .header("Retry-After", matchesPattern(RETRY_AFTER_SECONDS))
                .header("RateLimit-Policy", "\"key\";q=5;w=60");
    }

    @Test
    void wrongKeysCountAgainstTheirSenderUntilItMayNotTryAnyMore() {
        String client = newClient();
        for (int attempt = 0; attempt < 3; attempt++) {
            given().header("Authorization", "Bearer obs_guess" + attempt).header("X-Forwarded-For", client)
                    .get("/v1/divisions/KH-6").then().statusCode(401);
        }
        // Even a good key is not tried from that address until the window has passed.
        given().header("Authorization", "Bearer " + ADMIN_KEY).header("X-Forwarded-For", client)
                .get("/v1/divisions/KH-6").then().statusCode(429)
                .body("type", equalTo("/problems/too-many-requests"))
                .header("Retry-After", matchesPattern(RETRY_AFTER_SECONDS))
                .header("RateLimit-Policy", "\"failed-authentications\";q=3;w=60");
        // The same address may still read without a key.
        given().header("Authorization", "").header("X-Forwarded-For", client).get("/v1/divisions/KH-6").then()
                .statusCode(200);
    }
}
