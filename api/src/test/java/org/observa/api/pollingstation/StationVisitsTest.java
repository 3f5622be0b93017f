package org.observa.api.pollingstation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;
import org.observa.api.support.Ids;

@QuarkusTest
class StationVisitsTest extends ApiTest {

    private String election;
    private LocalDate pollingDay;
    private String mission;
    private String station;

    @BeforeEach
    void aMissionAndAStationOfItsOwnElection() {
        election = createElection();
        pollingDay = pollingDayOf(election);
        mission = createMission(election);
        station = createStation(createCentre(election, "KH-6"), "1");
    }

    /** A counting visit from 21:40 to 00:55 local time (UTC+7), with answers and an assessment. */
    private Map<String, Object> fullVisit() {
        Map<String, Object> body = visit(mission, station, pollingDay);
        body.put("observers", List.of("Observer A", "Observer B"));
        body.put("arrivedAt", pollingDay + "T21:40:00+07:00");
        body.put("departedAt", pollingDay.plusDays(1) + "T00:55:00+07:00");
        body.put("phase", "COUNTING");
        body.put("checklist", Map.of("BALLOT_BOX_SEALED", "YES", "UNAUTHORISED_PERSONS_PRESENT", "NO",
                "INK_CHECKED", "NOT_APPLICABLE"));
        body.put("assessment", "GOOD");
        body.put("notes", "Counting ran past midnight.");
        return body;
    }

    @Test
    void onlyTheMissionTheStationAndTheDateAreRequired() {
        var created = given().contentType(ContentType.JSON).body(visit(mission, station, pollingDay))
                .post("/v1/station-visits").then().statusCode(201)
                .header("ETag", notNullValue())
                .body("electionId", equalTo(election))
                .body("observers", hasSize(0))
                .body("checklist", equalTo(Map.of()))
                .body("phase", nullValue())
                .extract();
        assertThat(created.header("Location")).endsWith("/v1/station-visits/" + created.path("id"));
        given().contentType(ContentType.JSON).body(Map.of()).post("/v1/station-visits").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("missionId", "stationId", "visitedOn"));
    }

    @Test
    void aFullVisitReadsBackAsRecorded() {
        String id = createVisit(fullVisit());
        given().get("/v1/station-visits/" + id).then().statusCode(200)
                .body("observers", equalTo(List.of("Observer A", "Observer B")))
                .body("arrivedAt", equalTo(pollingDay + "T14:40:00Z"))
                .body("departedAt", equalTo(pollingDay + "T17:55:00Z"))
                .body("phase", equalTo("COUNTING"))
                .body("checklist", equalTo(Map.of("INK_CHECKED", "NOT_APPLICABLE", "BALLOT_BOX_SEALED", "YES",
                        "UNAUTHORISED_PERSONS_PRESENT", "NO")))
                .body("assessment", equalTo("GOOD"));
    }

    @Test
    void anUnknownQuestionCodeIsA400NamingIt() {
        Map<String, Object> body = visit(mission, station, pollingDay);
        body.put("checklist", Map.of("INK_CHECKED", "YES", "QUEUE_TOO_LONG", "YES"));
        given().contentType(ContentType.JSON).body(body).post("/v1/station-visits").then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", equalTo(List.of("checklist.QUEUE_TOO_LONG")));
    }

    @Test
    void anUnknownAnswerIsA400NamingTheQuestion() {
        Map<String, Object> body = visit(mission, station, pollingDay);
        body.put("checklist", Map.of("INK_CHECKED", "MAYBE"));
        given().contentType(ContentType.JSON).body(body).post("/v1/station-visits").then().statusCode(400)
                .body("errors.field", equalTo(List.of("checklist.INK_CHECKED")));
    }

    @Test
    void aStationOfAnotherElectionThanTheMissionsIsRefused() {
        String otherElection = createElection();
        String otherStation = createStation(createCentre(otherElection, "KH-6"), "1");
        given().contentType(ContentType.JSON).body(visit(mission, otherStation, pollingDay)).post("/v1/station-visits")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("stationId")))
                .body("errors[0].message", equalTo("is a station of election '" + otherElection + "', but mission '"
                        + mission + "' observes election '" + election + "'"));
    }

    @Test
    void timesAwayFromPollingDayAreRefused() {
        Map<String, Object> body = fullVisit();
        body.put("visitedOn", pollingDay.minusDays(1).toString());
        given().contentType(ContentType.JSON).body(body).post("/v1/station-visits").then().statusCode(400)
                .body("errors.field", equalTo(List.of("visitedOn")));
        body = fullVisit();
        body.put("departedAt", pollingDay + "T21:00:00+07:00");
        given().contentType(ContentType.JSON).body(body).post("/v1/station-visits").then().statusCode(400)
                .body("errors.field", equalTo(List.of("departedAt")))
                .body("errors[0].message", equalTo("must be after arrivedAt"));
    }

    @Test
    void aChecklistAnswerIsRemovedWithNullAndOthersKept() {
        String id = createVisit(fullVisit());
        Map<String, Object> answers = new HashMap<>();
        answers.put("INK_CHECKED", null);
        answers.put("SECRECY_OF_THE_VOTE", "YES");
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/station-visits/" + id))
                .body(Map.of("checklist", answers)).patch("/v1/station-visits/" + id).then().statusCode(200)
                .body("checklist", equalTo(Map.of("BALLOT_BOX_SEALED", "YES", "UNAUTHORISED_PERSONS_PRESENT", "NO",
                        "SECRECY_OF_THE_VOTE", "YES")));
    }

    @Test
    void anUnknownQuestionInAChecklistPatchIsA400NamingItAmongTheAnswers() {
        String id = createVisit(fullVisit());
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/station-visits/" + id))
                .body(Map.of("checklist", Map.of("QUEUE_TOO_LONG", "YES"))).patch("/v1/station-visits/" + id).then()
                .statusCode(400).body("errors.field", equalTo(List.of("answers.QUEUE_TOO_LONG")));
    }

    @Test
    void theMissionOfAVisitCannotChange() {
        String id = createVisit(fullVisit());
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/station-visits/" + id))
                .body(Map.of("missionId", createMission(election))).patch("/v1/station-visits/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("missionId"));
    }

    @Test
    void visitsAreFilteredByMissionDivisionPhaseAndAssessment() {
        String phnomPenhStation = createStation(createCentre(election, "KH-12"), "2");
        String counting = createVisit(fullVisit());
        String voting = createVisit(visit(mission, phnomPenhStation, pollingDay));
        String otherMission = createMission(election);
        String others = createVisit(visit(otherMission, station, pollingDay));
        given().queryParam("missionId", mission).get("/v1/station-visits").then()
                .body("items.id", equalTo(List.of(counting, voting)));
        given().queryParam("electionId", election).queryParam("divisionId", "KH-6").get("/v1/station-visits").then()
                .body("items.id", equalTo(List.of(counting, others)));
        given().queryParam("electionId", election).queryParam("phase", "COUNTING").get("/v1/station-visits").then()
                .body("items.id", equalTo(List.of(counting)));
        given().queryParam("electionId", election).queryParam("assessment", "GOOD").get("/v1/station-visits").then()
                .body("items.id", equalTo(List.of(counting)));
        given().queryParam("stationId", phnomPenhStation).get("/v1/station-visits").then()
                .body("items.id", equalTo(List.of(voting)));
        given().queryParam("phase", "SLEEPING").get("/v1/station-visits").then().statusCode(400)
                .body("errors[0].field", equalTo("phase"));
    }

    @Test
    void aFindingMayCiteAVisitWhichThenStays() {
        String id = createVisit(fullVisit());
        Map<String, Object> finding = Map.of("kind", "POSITIVE", "phase", "COUNTING",
                "text", Map.of("en", "The count was orderly " + Ids.segment()),
                "evidence", List.of(Map.of("kind", "STATION_VISIT", "id", id)));
        given().contentType(ContentType.JSON).body(finding).post("/v1/missions/" + mission + "/findings").then()
                .statusCode(201).body("evidence[0].id", equalTo(id));
        given().header("If-Match", etagOf("/v1/station-visits/" + id)).delete("/v1/station-visits/" + id).then()
                .statusCode(409).contentType(PROBLEM)
                .body("detail", equalTo("Station visit '" + id
                        + "' is cited as evidence by a finding; remove it from the finding first."));
    }

    @Test
    void aVisitNotCitedIsDeleted() {
        String id = createVisit(fullVisit());
        given().header("If-Match", etagOf("/v1/station-visits/" + id)).delete("/v1/station-visits/" + id).then()
                .statusCode(204);
        given().get("/v1/station-visits/" + id).then().statusCode(404);
    }

    @Test
    void aMissionWithVisitsKeepsItsElectionAndIsNotDeleted() {
        createVisit(visit(mission, station, pollingDay));
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/missions/" + mission))
                .body(Map.of("electionId", createElection())).patch("/v1/missions/" + mission).then()
                .statusCode(409).contentType(PROBLEM);
        given().header("If-Match", etagOf("/v1/missions/" + mission)).delete("/v1/missions/" + mission).then()
                .statusCode(409).contentType(PROBLEM);
        given().get("/v1/missions/" + mission).then().statusCode(200).body("electionId", equalTo(election));
    }
}
