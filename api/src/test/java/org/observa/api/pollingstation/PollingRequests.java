package org.observa.api.pollingstation;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.observa.api.support.Ids;

/**
 * Records the polling-station tests create for themselves over HTTP. Each test works in an election of
 * its own (Cambodian provincial elections on days no real election was held), so the demo data — the
 * 2023 election's 19 stations in Kampong Thom — stays exactly as the report gives it.
 */
public final class PollingRequests {

    public static final String MERGE_PATCH = "application/merge-patch+json";
    static final String PROBLEM = "application/problem+json";

    /** Fixed ids of the demo dataset (api/src/main/resources/demo/). */
    static final String ELECTION_2023 = "kh-na-2023-07-23";
    static final String MISSION_2023 = "aa35c7d2-16a8-4125-90c9-cfc0bd407c3c";
    static final String KRAYEA_HIGH_SCHOOL = "b72f7c10-0e36-41f2-8043-9a35460e6f1d";
    static final String STATION_502 = "a29ffcf7-4c14-4d20-b422-b29e5f99ad02";
    static final String VISIT_TO_1069 = "d4824e0e-3187-4556-b0ab-fe6a1fc018f3";

    private static final AtomicInteger ELECTIONS = new AtomicInteger();

    private PollingRequests() {
    }

    /** An election of this test's own; its polling day is {@link #pollingDayOf}. */
    public static String createElection() {
        LocalDate pollingDay = LocalDate.of(2031, 1, 1).plusDays(ELECTIONS.incrementAndGet());
        return given().contentType(ContentType.JSON)
                .body(Map.of("countryId", "KH", "type", "PROVINCIAL", "name", Map.of("en", "Test election " + pollingDay),
                        "pollingDate", pollingDay.toString(), "timeZone", "Asia/Phnom_Penh"))
                .post("/v1/elections").then().statusCode(201).extract().path("id");
    }

    public static LocalDate pollingDayOf(String electionId) {
        return LocalDate.parse(electionId.substring(electionId.length() - 10));
    }

    /** A mission of a new observer group to the election. */
    public static String createMission(String electionId) {
        String organizationId = given().contentType(ContentType.JSON)
                .body(Map.of("name", Map.of("en", "Observer group " + Ids.segment()), "classification", "OBSERVER_GROUP"))
                .post("/v1/organizations").then().statusCode(201).extract().path("id");
        return given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", organizationId, "electionId", electionId, "countryId", "KH",
                        "title", Map.of("en", "Test mission " + Ids.segment())))
                .post("/v1/missions").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> centre(String electionId, String divisionId) {
        Map<String, Object> body = new HashMap<>();
        body.put("electionId", electionId);
        body.put("divisionId", divisionId);
        body.put("name", Map.of("en", "School " + Ids.segment()));
        return body;
    }

    public static String createCentre(String electionId, String divisionId) {
        return created("/v1/polling-centres", centre(electionId, divisionId));
    }

    static Map<String, Object> station(String centreId, String number) {
        Map<String, Object> body = new HashMap<>();
        body.put("centreId", centreId);
        body.put("number", number);
        return body;
    }

    public static String createStation(String centreId, String number) {
        return created("/v1/polling-stations", station(centreId, number));
    }

    public static Map<String, Object> visit(String missionId, String stationId, LocalDate visitedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("missionId", missionId);
        body.put("stationId", stationId);
        body.put("visitedOn", visitedOn.toString());
        return body;
    }

    public static String createVisit(Map<String, Object> body) {
        return created("/v1/station-visits", body);
    }

    /** An intimidation at a station (or, without one, somewhere to be said), as its mission's observers report it. */
    static Map<String, Object> incident(String missionId, String stationId, String occurredAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("missionId", missionId);
        if (stationId != null) {
            body.put("stationId", stationId);
        }
        body.put("occurredAt", occurredAt);
        body.put("category", "INTIMIDATION");
        body.put("severity", "HIGH");
        body.put("description", Map.of("en", "Two men photographed voters as they left the station."));
        return body;
    }

    static String createIncident(Map<String, Object> body) {
        return created("/v1/incidents", body);
    }

    /** Moves a mission on from PLANNED, which makes its incidents public. */
    public static void activate(String missionId) {
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/missions/" + missionId))
                .body(Map.of("status", "ACTIVE")).patch("/v1/missions/" + missionId).then().statusCode(200);
    }

    public static String organizationOf(String missionId) {
        return given().get("/v1/missions/" + missionId).then().statusCode(200).extract().path("organizationId");
    }

    /** A new EDITOR key of the organisation: its token. */
    public static String editorKeyOf(String organizationId) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", organizationId, "role", "EDITOR", "label", "test key " + Ids.segment()))
                .post("/v1/api-keys").then().statusCode(201).extract().path("token");
    }

    public static String created(String collection, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(collection).then().statusCode(201)
                .extract().path("id");
    }

    public static String etagOf(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }
}
