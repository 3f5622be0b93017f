package org.observa.api.recommendation;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.observa.api.support.Ids;
import org.observa.api.support.TestCountries;

/** Records the recommendation tests create for themselves over HTTP, and the demo records they read. */
final class RecommendationRequests {

    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String PROBLEM = "application/problem+json";
    static final String RECOMMENDATIONS = "/v1/recommendations";

    /** Fixed ids of the demo dataset (api/src/main/resources/demo/missions.json and recommendations.json). */
    static final String INTERBAND = "0f27e151-fdb4-4944-8566-33f17cd5ae39";
    static final String MISSION_2013 = "fd467d85-cad1-4435-a164-cfb494847e9a";
    static final String MISSION_2023 = "aa35c7d2-16a8-4125-90c9-cfc0bd407c3c";
    static final String EARLIER_PROPOSAL = "518f8561-9d29-41b0-b5a0-652912c29f4f";
    static final String VOTER_REGISTRATION_2023 = "e98b99d8-fa5f-4621-be55-152a0bced0c3";
    static final String EXPORTING_EXPERIENCE_2023 = "f4634f7b-beae-4400-bbe2-2467b9e5f7a5";
    static final String TRANSPARENT_INK_2023 = "bcef88da-cc2d-474a-ad8a-825020e7b5bd";
    static final String PROPOSAL_ASSESSED_2023 = "485c9675-633b-40c9-a38b-25fe39935052";

    private static Country shared;

    private RecommendationRequests() {
    }

    /**
     * The test country most recommendation tests share (test countries are few). A test that counts or
     * orders everything in a country makes one of its own.
     */
    static synchronized Country country() {
        if (shared == null) {
            shared = Country.create();
        }
        return shared;
    }

    /**
     * A country of a test class's own with one election, so that what the class records there never shows
     * in Cambodia's counts, and lists by country show only its records.
     */
    record Country(String id, String electionId) {

        static Country create() {
            String id = TestCountries.create();
            String electionId = given().contentType(ContentType.JSON).body(Map.of("countryId", id,
                            "type", "NATIONAL_ASSEMBLY", "name", Map.of("en", "Election in " + id),
                            "pollingDate", "2020-06-01", "timeZone", "UTC"))
                    .post("/v1/elections").then().statusCode(201).extract().path("id");
            return new Country(id, electionId);
        }

        /** A new observer group's mission to the country's election, beginning on {@code startDate} (or undated). */
        String mission(String startDate) {
            String organizationId = organization();
            Map<String, Object> body = new HashMap<>();
            body.put("organizationId", organizationId);
            body.put("electionId", electionId);
            body.put("countryId", id);
            body.put("title", Map.of("en", "Test mission " + Ids.segment()));
            if (startDate != null) {
                body.put("startDate", startDate);
            }
            return given().contentType(ContentType.JSON).body(body).post("/v1/missions").then().statusCode(201)
                    .extract().path("id");
        }
    }

    static String organization() {
        return given().contentType(ContentType.JSON).body(Map.of("name", Map.of("en", "Observer group " + Ids.segment()),
                "classification", "OBSERVER_GROUP")).post("/v1/organizations").then().statusCode(201).extract().path("id");
    }

    static String organizationOf(String missionId) {
        return given().get("/v1/missions/" + missionId).then().statusCode(200).extract().path("organizationId");
    }

    /** A recommendation body: addressed to the election management body, about voter registration. */
    static Map<String, Object> recommendation(String missionId, int number) {
        Map<String, Object> body = new HashMap<>();
        body.put("missionId", missionId);
        body.put("number", number);
        body.put("title", Map.of("en", "Recommendation " + Ids.segment()));
        body.put("text", Map.of("en", "Improve the voter register."));
        body.put("addressees", List.of(Map.of("kind", "ELECTION_MANAGEMENT_BODY")));
        body.put("phase", "VOTER_REGISTRATION");
        return body;
    }

    static Map<String, Object> following(String missionId, int number, String follows) {
        Map<String, Object> body = recommendation(missionId, number);
        body.put("follows", follows);
        return body;
    }

    static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(RECOMMENDATIONS).then().statusCode(201)
                .extract().path("id");
    }

    static Map<String, Object> assessment(String assessedOn, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("assessedOn", assessedOn);
        body.put("status", status);
        return body;
    }

    static Map<String, Object> assessmentBy(String missionId, String assessedOn, String status) {
        Map<String, Object> body = assessment(assessedOn, status);
        body.put("missionId", missionId);
        return body;
    }

    static Map<String, Object> assessmentFrom(String organizationId, String assessedOn, String status) {
        Map<String, Object> body = assessment(assessedOn, status);
        body.put("organizationId", organizationId);
        return body;
    }

    static String assess(String recommendationId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(assessments(recommendationId)).then()
                .statusCode(201).extract().path("id");
    }

    static String path(String recommendationId) {
        return RECOMMENDATIONS + "/" + recommendationId;
    }

    static String assessments(String recommendationId) {
        return path(recommendationId) + "/assessments";
    }

    static String etagOf(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    static void patch(String path, Object body) {
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path)).body(body).patch(path).then().statusCode(200);
    }
}
