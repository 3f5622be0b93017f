package org.observa.api.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observa.api.mission.MissionRequests;
import org.observa.api.support.ApiTest;

/** The headers that keep browsers and caches from misusing what the API answers. */
@QuarkusTest
class SecurityHeadersTest extends ApiTest {

    @Test
    void noAnswerIsSniffedOrFramedAndApiAnswersLoadNothing() {
        List<ValidatableResponse> answers = List.of(
                given().get("/v1/divisions/KH-6").then().statusCode(200),
                given().get("/v1/divisions/KH-99").then().statusCode(404),
                given().queryParam("pageSize", "ten").get("/v1/divisions").then().statusCode(400));
        for (ValidatableResponse answer : answers) {
            answer.header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
    }

    @Test
    void swaggerUiLoadsOnlyWhatItServesAndCannotBeFramed() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", startsWith("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void theAnswerThatShowsANewKeysTokenIsNeverStored() {
        given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", MissionRequests.createOrganization(), "role", "EDITOR", "label", "cache test"))
                .post("/v1/api-keys").then().statusCode(201).header("Cache-Control", "no-store");
    }

    @Test
    void locationIsAPathNotBuiltFromTheHostHeader() {
        given().header("Host", "attacker.example").contentType(ContentType.JSON)
                .body(MissionRequests.organization("Location test"))
                .post("/v1/organizations").then().statusCode(201)
                .header("Location", startsWith("/v1/organizations/"));
        given().header("Host", "attacker.example").contentType(ContentType.JSON)
                .body(Map.of("organizationId", MissionRequests.createOrganization(), "role", "EDITOR", "label", "location"))
                .post("/v1/api-keys").then().statusCode(201)
                .header("Location", startsWith("/v1/api-keys/"));
    }
}
