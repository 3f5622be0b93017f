package org.observa.api.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

/** The problem+json answers every client mistake gets, and the 500 nobody should see. */
@QuarkusTest
class HttpErrorsTest extends ApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJsonIsA400NamingTheBody() {
        given().contentType(ContentType.JSON).body("{\"id\": \"KH-6-01\",").post("/v1/divisions").then()
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/malformed-request"))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", startsWith("is not valid JSON"));
    }

    @Test
    void aValueOfTheWrongTypeIsA400NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"id\": \"KH-6-01\", \"level\": \"DISTRICT\", \"name\": {\"en\": 3}}")
                .post("/v1/divisions").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors[0].field", equalTo("name.en"))
                .body("errors[0].message", equalTo("must be a string, not '3'"));
    }

    @Test
    void aNumberIsNotAcceptedAsText() {
        given().contentType(ContentType.JSON).body("{\"id\": 5, \"level\": \"DISTRICT\", \"name\": {\"en\": \"x\"}}")
                .post("/v1/divisions").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void anUnknownEnumValueIsA400ListingTheAllowedValues() {
        given().contentType(ContentType.JSON).body("{\"id\": \"KH-6-01\", \"level\": \"VILLAGE\", \"name\": {\"en\": \"x\"}}")
                .post("/v1/divisions").then().statusCode(400)
                .body("errors[0].field", equalTo("level"))
                .body("errors[0].message", equalTo("must be one of COUNTRY, PROVINCE, DISTRICT, COMMUNE, not 'VILLAGE'"));
    }

    @Test
    void aBodyOfTheWrongShapeIsA400() {
        given().contentType(ContentType.JSON).body("[1, 2]").post("/v1/divisions").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void anEmptyBodyIsA400() {
        given().contentType(ContentType.JSON).post("/v1/divisions").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void queryParametersOfTheWrongTypeAreAllNamed() {
        given().queryParam("pageSize", "ten").queryParam("level", "VILLAGE").queryParam("updatedSince", "yesterday")
                .get("/v1/divisions").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("pageSize", "level", "updatedSince"));
        given().queryParam("from", "2023-13-01").get("/v1/elections").then().statusCode(400)
                .body("errors.field", equalTo(List.of("from")))
                .body("errors[0].message", equalTo("must be a date such as 2023-07-23, not '2023-13-01'"));
    }

    @Test
    void anUnknownPathIsA404Problem() {
        given().get("/v1/nothing-here").then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("/problems/not-found"))
                .body("instance", equalTo("/v1/nothing-here"));
    }

    @Test
    void aWrongMethodIsA405WithAllow() {
        given().contentType(ContentType.JSON).body("{}").put("/v1/divisions/KH-6").then().statusCode(405)
                .contentType(PROBLEM)
                .header("Allow", "GET, DELETE, PATCH, HEAD, OPTIONS")
                .body("type", equalTo("/problems/method-not-allowed"));
    }

    @Test
    void aWrongMediaTypeIsA415SayingWhatToSend() {
        given().contentType("application/xml").body("<division/>").post("/v1/divisions").then().statusCode(415)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/unsupported-media-type"))
                .body("detail", containsString("send application/json"));
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{}").patch("/v1/divisions/KH-6").then()
                .statusCode(415).body("detail", containsString("send application/merge-patch+json"));
    }

    @Test
    void anUnproducibleAcceptIsA406() {
        given().accept("application/xml").get("/v1/divisions/KH-6").then().statusCode(406)
                .contentType(PROBLEM).body("type", equalTo("/problems/not-acceptable"));
    }

    @Test
    void aBodyOverTheLimitIsA413() {
        String large = "{\"id\": \"" + "A".repeat(1_100_000) + "\"}";
        given().contentType(ContentType.JSON).body(large).post("/v1/divisions").then().statusCode(413)
                .contentType(PROBLEM).body("type", equalTo("/problems/payload-too-large"));
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413() {
        byte[] large = ("{\"id\": \"" + "A".repeat(1_100_000) + "\"}").getBytes();
        // A stream has no known length, so it is sent chunked, without Content-Length.
        given().contentType(ContentType.JSON).body(new ByteArrayInputStream(large)).post("/v1/divisions").then()
                .statusCode(413).body("type", equalTo("/problems/payload-too-large"));
    }

    @Test
    void aServerFaultShowsOnlyACorrelationId() {
        given().noFilters().get("/test-only/failure").then().statusCode(500).contentType(PROBLEM)
                .body("type", equalTo("/problems/internal-error"))
                .body("correlationId", matchesPattern("[0-9a-f-]{36}"))
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("org.observa")))
                .body(not(containsString("Exception")));
    }

    @Test
    void readsAreOpenToAnyOrigin() {
        given().header("Origin", "https://dashboard.example.org").get("/v1/divisions/KH-6").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        given().noFilters().header("Origin", "https://dashboard.example.org")
                .header("Access-Control-Request-Method", "GET")
                .options("/v1/divisions").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "https://dashboard.example.org")
                .header("Access-Control-Allow-Methods", containsString("GET"));
    }
}
