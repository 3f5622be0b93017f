package org.observa.api.mission;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.observa.api.support.Ids;

/** Records the mission tests create for themselves over HTTP, each with unique values. */
public final class MissionRequests {

    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String PROBLEM = "application/problem+json";

    /** Fixed ids of the demo dataset (api/src/main/resources/demo/missions.json). */
    static final String INTERBAND = "0f27e151-fdb4-4944-8566-33f17cd5ae39";
    static final String COMFREL = "980c01a0-02c2-4977-95c7-2ecd951b4527";
    static final String EMBASSY_OF_JAPAN = "d34ad91e-6fbd-4657-aa7c-0b903a435237";
    static final String NEC = "6f602f26-7591-4092-a6cc-bb768ab3fffa";
    static final String CPP = "d2bd88d0-e639-4007-ba7a-b75bd4d03d83";
    static final String MISSION_2023 = "aa35c7d2-16a8-4125-90c9-cfc0bd407c3c";
    static final String MISSION_2018 = "083133c6-85e4-439e-933d-47bc11ccf355";

    private MissionRequests() {
    }

    public static String etagOf(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    public static Map<String, Object> organization(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", Map.of("en", name));
        body.put("classification", "OBSERVER_GROUP");
        return body;
    }

    /** A new observer group of its own, so a test's missions are the only ones listed under it. */
    public static String createOrganization() {
        return given().contentType(ContentType.JSON).body(organization("Observer group " + Ids.segment()))
                .post("/v1/organizations").then().statusCode(201).extract().path("id");
    }

    /** A mission body to Cambodia's 2023 election, 13 to 23 July, PLANNED. */
    public static Map<String, Object> mission(String organizationId) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organizationId);
        body.put("electionId", "kh-na-2023-07-23");
        body.put("countryId", "KH");
        body.put("title", Map.of("en", "Test mission " + Ids.segment()));
        body.put("startDate", "2023-07-13");
        body.put("endDate", "2023-07-23");
        return body;
    }

    public static String createMission(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/v1/missions").then().statusCode(201)
                .extract().path("id");
    }

    public static String createMission() {
        return createMission(mission(createOrganization()));
    }

    public static Map<String, Object> engagement(String startDate, String endDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "MEETING");
        body.put("startDate", startDate);
        if (endDate != null) {
            body.put("endDate", endDate);
        }
        body.put("divisionId", "KH-12");
        body.put("place", "Phnom Penh");
        body.put("peopleMet", List.of(Map.of("name", "Someone " + Ids.segment())));
        body.put("summary", Map.of("en", "A meeting"));
        return body;
    }

    static String createEngagement(String missionId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/v1/missions/" + missionId + "/engagements")
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> finding(String kind, String phase) {
        return new HashMap<>(Map.of("kind", kind, "phase", phase, "text", Map.of("en", "A " + kind.toLowerCase()
                + " finding " + Ids.segment())));
    }

    static String createFinding(String missionId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/v1/missions/" + missionId + "/findings")
                .then().statusCode(201).extract().path("id");
    }

    static void patch(String path, Object body) {
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path)).body(body).patch(path).then().statusCode(200);
    }
}
