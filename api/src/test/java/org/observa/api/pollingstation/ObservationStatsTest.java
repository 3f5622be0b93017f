package org.observa.api.pollingstation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.observa.api.pollingstation.PollingRequests.MERGE_PATCH;
import static org.observa.api.pollingstation.PollingRequests.PROBLEM;
import static org.observa.api.pollingstation.PollingRequests.createCentre;
import static org.observa.api.pollingstation.PollingRequests.createElection;
import static org.observa.api.pollingstation.PollingRequests.createMission;
import static org.observa.api.pollingstation.PollingRequests.createStation;
import static org.observa.api.pollingstation.PollingRequests.createVisit;
import static org.observa.api.pollingstation.PollingRequests.etagOf;
import static org.observa.api.pollingstation.PollingRequests.pollingDayOf;
import static org.observa.api.pollingstation.PollingRequests.visit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;
import org.observa.api.support.Ids;

@QuarkusTest
class ObservationStatsTest extends ApiTest {

    private String election;
    private LocalDate pollingDay;
    private String mission;
    private String district;
    private String kampongThom;
    private String phnomPenh;

    /**
     * An election of its own: two stations in Kampong Thom (one in a district of it), one in Phnom Penh,
     * one recorded for the whole country; two visits to the first, one to the second.
     */
    @BeforeEach
    void anElectionWithStationsAndVisits() {
        election = createElection();
        pollingDay = pollingDayOf(election);
        mission = createMission(election);
        district = "KH-6-" + Ids.segment();
        given().contentType(ContentType.JSON)
                .body(Map.of("id", district, "level", "DISTRICT", "parentId", "KH-6", "name", Map.of("en", "District")))
                .post("/v1/divisions").then().statusCode(201);
        kampongThom = createStation(createCentre(election, "KH-6"), "1");
        String inDistrict = createStation(createCentre(election, district), "2");
        phnomPenh = createStation(createCentre(election, "KH-12"), "3");
        createStation(createCentre(election, "KH"), "4");

        Map<String, Object> good = visit(mission, kampongThom, pollingDay);
        good.put("assessment", "GOOD");
        good.put("checklist", Map.of("INK_CHECKED", "YES", "SECRECY_OF_THE_VOTE", "NO"));
        createVisit(good);
        Map<String, Object> bad = visit(mission, kampongThom, pollingDay);
        bad.put("assessment", "BAD");
        bad.put("checklist", Map.of("INK_CHECKED", "NO", "SECRECY_OF_THE_VOTE", "NOT_APPLICABLE"));
        createVisit(bad);
        createVisit(visit(mission, inDistrict, pollingDay));
    }

    private ValidatableResponse stats(String query) {
        return given().get("/v1/elections/" + election + "/observation-stats" + query).then().statusCode(200);
    }

    private static String row(String divisionId) {
        return "divisions.find { it.divisionId == '" + divisionId + "' }.counts.";
    }

    @Test
    void provincesCountTheirOwnStationsAndThoseBelowThem() {
        stats("")
                .body("electionId", equalTo(election))
                .body("level", equalTo("PROVINCE"))
                .body("divisions", hasSize(25))
                .body("divisions[0].divisionId", equalTo("KH-1"))
                .body(row("KH-6") + "stations", equalTo(2))
                .body(row("KH-6") + "stationsVisited", equalTo(2))
                .body(row("KH-6") + "visits", equalTo(3))
                .body(row("KH-6") + "visitsByAssessment", equalTo(Map.of("veryGood", 0, "good", 1, "bad", 1,
                        "veryBad", 0, "notAssessed", 1)))
                .body(row("KH-6") + "checklist.INK_CHECKED", equalTo(Map.of("answeredYes", 1, "answeredNo", 1)))
                .body(row("KH-6") + "checklist.SECRECY_OF_THE_VOTE", equalTo(Map.of("answeredYes", 0, "answeredNo", 1)))
                .body(row("KH-6") + "checklist.RESULTS_POSTED_PUBLICLY", equalTo(Map.of("answeredYes", 0, "answeredNo", 0)))
                .body(row("KH-12") + "stations", equalTo(1))
                .body(row("KH-12") + "stationsVisited", equalTo(0))
                .body(row("KH-1") + "stations", equalTo(0));
    }

    @Test
    void theTotalsAlsoCountStationsAboveTheLevel() {
        stats("")
                .body("totals.stations", equalTo(4))
                .body("totals.stationsVisited", equalTo(2))
                .body("totals.visits", equalTo(3))
                .body("totals.checklist.INK_CHECKED", equalTo(Map.of("answeredYes", 1, "answeredNo", 1)));
    }

    @Test
    void districtsGroupTheStationsRecordedAtOrBelowThem() {
        stats("?level=DISTRICT")
                .body("level", equalTo("DISTRICT"))
                .body(row(district) + "stations", equalTo(1))
                .body(row(district) + "visits", equalTo(1))
                .body("totals.stations", equalTo(4));
    }

    @Test
    void oneMissionsVisitsOnly() {
        String other = createMission(election);
        createVisit(visit(other, phnomPenh, pollingDay));
        stats("?missionId=" + other)
                .body("missionId", equalTo(other))
                .body("totals.stations", equalTo(4))
                .body("totals.visits", equalTo(1))
                .body(row("KH-12") + "stationsVisited", equalTo(1))
                .body(row("KH-6") + "visits", equalTo(0));
    }

    @Test
    void aNewVisitShowsAtOnceAndTheEtagChanges() {
        String etag = stats("").extract().header("ETag");
        given().header("If-None-Match", etag).get("/v1/elections/" + election + "/observation-stats").then()
                .statusCode(304);
        createVisit(visit(mission, phnomPenh, pollingDay));
        String after = stats("").body(row("KH-12") + "stationsVisited", equalTo(1)).body("totals.visits", equalTo(4))
                .extract().header("ETag");
        org.assertj.core.api.Assertions.assertThat(after).isNotEqualTo(etag);
    }

    @Test
    void aChangedAnswerShowsAtOnce() {
        String id = createVisit(visit(mission, phnomPenh, pollingDay));
        stats("").body(row("KH-12") + "checklist.RESULTS_POSTED_PUBLICLY.answeredYes", equalTo(0));
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/station-visits/" + id))
                .body(Map.of("checklist", Map.of("RESULTS_POSTED_PUBLICLY", "YES"))).patch("/v1/station-visits/" + id)
                .then().statusCode(200);
        stats("").body(row("KH-12") + "checklist.RESULTS_POSTED_PUBLICLY.answeredYes", equalTo(1));
    }

    @Test
    void badRequestsAreProblems() {
        given().get("/v1/elections/kh-na-1900-01-01/observation-stats").then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("There is no election 'kh-na-1900-01-01'."));
        given().queryParam("level", "COUNTRY").get("/v1/elections/" + election + "/observation-stats").then()
                .statusCode(400).body("errors[0].field", equalTo("level"));
        given().queryParam("level", "VILLAGE").get("/v1/elections/" + election + "/observation-stats").then()
                .statusCode(400).body("errors[0].field", equalTo("level"));
        given().queryParam("groupBy", "party").get("/v1/elections/" + election + "/observation-stats").then()
                .statusCode(400).body("errors[0].field", equalTo("groupBy"));
    }
}
