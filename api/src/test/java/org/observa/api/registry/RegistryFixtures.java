package org.observa.api.registry;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.observa.api.support.Ids;

/** Records the registry tests create for themselves, with codes and citations no other test uses. */
final class RegistryFixtures {

    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String PROBLEM = "application/problem+json";

    private RegistryFixtures() {
    }

    /** Requests whose JSON decimals read back as BigDecimal, so that 84.59 is compared exactly. */
    static RequestSpecification api() {
        return given().config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    /** A division below {@code parentId} (a district or a commune) with a code no other test uses. */
    static String division(String parentId, String level) {
        String id = parentId + "-" + Ids.segment();
        given().contentType(ContentType.JSON)
                .body(Map.of("id", id, "level", level, "parentId", parentId, "name", Map.of("en", "Area " + id)))
                .post("/v1/divisions").then().statusCode(201);
        return id;
    }

    /** Province {@code number} of a test country (ISO 3166-2 allows only 1 to 3 characters after the country). */
    static String province(String countryId, int number) {
        String id = countryId + "-" + number;
        given().contentType(ContentType.JSON)
                .body(Map.of("id", id, "level", "PROVINCE", "parentId", countryId, "name", Map.of("en", "Province " + id)))
                .post("/v1/divisions").then().statusCode(201);
        return id;
    }

    static String district() {
        return division("KH-6", "DISTRICT");
    }

    static String citation() {
        return "Test source " + Ids.segment();
    }

    /** A create body; counts and other properties are added by the caller. */
    static Map<String, Object> snapshot(String divisionId, String referenceDate, String citation) {
        Map<String, Object> body = new HashMap<>();
        body.put("divisionId", divisionId);
        body.put("referenceDate", referenceDate);
        body.put("source", Map.of("citation", citation));
        return body;
    }

    static Map<String, Object> registered(String divisionId, String referenceDate, String citation, long registered) {
        Map<String, Object> body = snapshot(divisionId, referenceDate, citation);
        body.put("registeredVoters", registered);
        return body;
    }

    static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/v1/registry-snapshots")
                .then().statusCode(201).extract().path("id");
    }

    static String path(String snapshotId) {
        return "/v1/registry-snapshots/" + snapshotId;
    }

    static String etagOf(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }
}
