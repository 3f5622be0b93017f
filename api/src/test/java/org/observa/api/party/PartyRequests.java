package org.observa.api.party;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.observa.api.support.Ids;
import org.observa.api.support.TestCountries;

/** Records the parties tests create for themselves over HTTP, each with unique values. */
final class PartyRequests {

    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String PROBLEM = "application/problem+json";
    static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    /** Fixed ids of the demo dataset (api/src/main/resources/demo/parties.json and missions.json). */
    static final String ELECTION_2023 = "kh-na-2023-07-23";
    static final String CPP = "a6fa72d9-38d1-42fc-83dc-905543992944";
    static final String FUNCINPEC = "cbdb224f-91ae-4624-9e91-a26587b11f5b";
    static final String CANDLELIGHT = "37e5ea28-05f6-4c73-b66c-78466fdacb76";
    static final String CANDLELIGHT_2023 = "818218ba-77ec-4e4c-91ab-a181cdd38eb4";
    static final String SOUP_KITCHEN = "6e9d645e-83c2-44ae-ae71-be23a75731c4";
    static final String MISSION_2023 = "aa35c7d2-16a8-4125-90c9-cfc0bd407c3c";

    // Elections of their own, in a country of their own, so that no other test's lists see them: one per test.
    private static final AtomicInteger ELECTION_DAYS = new AtomicInteger();
    private static final LocalDate FIRST_TEST_POLLING_DAY = LocalDate.of(2400, 1, 1);
    private static String testCountry;

    private PartyRequests() {
    }

    static String etagOf(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    static Map<String, Object> party(String countryId, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("countryId", countryId);
        body.put("name", Map.of("en", name));
        return body;
    }

    static String createParty(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/v1/parties").then().statusCode(201)
                .extract().path("id");
    }

    /**
     * The country the tests' elections are held in, created once per test run with two provinces,
     * {@code <country>-1} and {@code <country>-2}.
     */
    static synchronized String testCountry() {
        if (testCountry == null) {
            String country = TestCountries.create();
            for (String province : List.of(country + "-1", country + "-2")) {
                given().contentType(ContentType.JSON).body(Map.of("id", province, "level", "PROVINCE", "parentId", country,
                        "name", Map.of("en", "Province " + province))).post("/v1/divisions").then().statusCode(201);
            }
            testCountry = country;
        }
        return testCountry;
    }

    /** A party of Cambodia with a unique name and abbreviation. */
    static String createParty() {
        return createParty("KH");
    }

    /** A party of the country with a unique name and abbreviation. */
    static String createParty(String countryId) {
        String segment = Ids.segment();
        Map<String, Object> body = party(countryId, "Test party " + segment);
        body.put("abbreviation", "T" + segment);
        return createParty(body);
    }

    /** A National Assembly election of 125 seats in the test country, on a polling day of its own; its id. */
    static String createElection() {
        LocalDate pollingDate = FIRST_TEST_POLLING_DAY.plusDays(ELECTION_DAYS.getAndIncrement());
        return given().contentType(ContentType.JSON)
                .body(Map.of("countryId", testCountry(), "type", "NATIONAL_ASSEMBLY", "name", Map.of("en", "Test election"),
                        "pollingDate", pollingDate.toString(), "timeZone", "Asia/Phnom_Penh", "seats", 125))
                .post("/v1/elections").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> participation(String partyId, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("partyId", partyId);
        body.put("status", status);
        return body;
    }

    static String createParticipation(String electionId, String partyId, String status) {
        return given().contentType(ContentType.JSON).body(participation(partyId, status))
                .post("/v1/elections/" + electionId + "/participations").then().statusCode(201).extract().path("id");
    }

    /** A new party of the test country, registered for the election (one of the test country's); the participation's id. */
    static String registeredParty(String electionId) {
        return createParticipation(electionId, createParty(testCountry()), "REGISTERED");
    }

    static Map<String, Object> row(String participationId, String divisionId, long votes, Integer seats) {
        Map<String, Object> row = new HashMap<>();
        row.put("participationId", participationId);
        if (divisionId != null) {
            row.put("divisionId", divisionId);
        }
        row.put("votes", votes);
        if (seats != null) {
            row.put("seats", seats);
        }
        return row;
    }

    static Map<String, Object> total(String divisionId, long validVotes) {
        Map<String, Object> total = new HashMap<>();
        if (divisionId != null) {
            total.put("divisionId", divisionId);
        }
        total.put("validVotes", validVotes);
        return total;
    }

    static Map<String, Object> table(List<Map<String, Object>> rows, List<Map<String, Object>> totals) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", "PRELIMINARY");
        body.put("rows", new ArrayList<>(rows));
        body.put("totals", new ArrayList<>(totals));
        return body;
    }

    static String results(String electionId) {
        return "/v1/elections/" + electionId + "/results";
    }

    /** Uploads an election's first results table; its ETag. */
    static String upload(String electionId, Map<String, Object> table) {
        return given().contentType(ContentType.JSON).body(table).put(results(electionId)).then().statusCode(201)
                .extract().header("ETag");
    }

    /** A mission of its own to Cambodia's 2023 election, 13 to 23 July, so a test's observations are the only ones in it. */
    static String createMission() {
        String organizationId = given().contentType(ContentType.JSON)
                .body(Map.of("name", Map.of("en", "Observer group " + Ids.segment()), "classification", "OBSERVER_GROUP"))
                .post("/v1/organizations").then().statusCode(201).extract().path("id");
        return given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", organizationId, "electionId", ELECTION_2023, "countryId", "KH",
                        "title", Map.of("en", "Test mission " + Ids.segment()), "startDate", "2023-07-13",
                        "endDate", "2023-07-23"))
                .post("/v1/missions").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> observation(String missionId, String partyId, String observedOn, String observedUntil) {
        Map<String, Object> body = new HashMap<>();
        body.put("missionId", missionId);
        body.put("partyId", partyId);
        body.put("observedOn", observedOn);
        if (observedUntil != null) {
            body.put("observedUntil", observedUntil);
        }
        body.put("divisionId", "KH-12");
        body.put("place", "Phnom Penh");
        body.put("kind", "RALLY");
        body.put("notes", Map.of("en", "A rally " + Ids.segment()));
        return body;
    }

    static String createObservation(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/v1/campaign-observations").then()
                .statusCode(201).extract().path("id");
    }

    static void patch(String path, Object body) {
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path)).body(body).patch(path).then().statusCode(200);
    }
}
