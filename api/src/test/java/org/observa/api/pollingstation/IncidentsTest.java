package org.observa.api.pollingstation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.observa.api.pollingstation.PollingRequests.MERGE_PATCH;
import static org.observa.api.pollingstation.PollingRequests.PROBLEM;
import static org.observa.api.pollingstation.PollingRequests.activate;
import static org.observa.api.pollingstation.PollingRequests.createCentre;
import static org.observa.api.pollingstation.PollingRequests.createElection;
import static org.observa.api.pollingstation.PollingRequests.createIncident;
import static org.observa.api.pollingstation.PollingRequests.createMission;
import static org.observa.api.pollingstation.PollingRequests.createStation;
import static org.observa.api.pollingstation.PollingRequests.editorKeyOf;
import static org.observa.api.pollingstation.PollingRequests.etagOf;
import static org.observa.api.pollingstation.PollingRequests.incident;
import static org.observa.api.pollingstation.PollingRequests.organizationOf;
import static org.observa.api.pollingstation.PollingRequests.pollingDayOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

@QuarkusTest
class IncidentsTest extends ApiTest {

    private String election;
    private String mission;
    private String station;
    private String noon;

    @BeforeEach
    void aMissionAndAStationOfItsElection() {
        election = createElection();
        mission = createMission(election);
        station = createStation(createCentre(election, "KH-6"), "1");
        noon = pollingDayOf(election) + "T05:00:00Z";
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static RequestSpecification anonymous() {
        return given().header("Authorization", "");
    }

    /** Posts a step of the workflow with the incident's current ETag; returns the answer's new ETag. */
    private static String moveTo(RequestSpecification caller, String id, String status, String reason) {
        return caller.contentType(ContentType.JSON).header("If-Match", etagOf("/v1/incidents/" + id))
                .body(Map.of("status", status, "reason", reason)).post("/v1/incidents/" + id + "/status-changes")
                .then().statusCode(200).body("status", equalTo(status)).extract().header("ETag");
    }

    @Test
    void aReportedIncidentReadsBackWithItsElectionAndItsStationsDivision() {
        Map<String, Object> body = incident(mission, station, pollingDayOf(election) + "T12:00:00+07:00");
        body.put("location", Map.of("latitude", 12.6312, "longitude", 105.1404));
        body.put("involved", "Two men who said they were party agents");
        body.put("sources", List.of(Map.of("citation", "Observer team 3, election-day report")));
        var created = given().contentType(ContentType.JSON).body(body).post("/v1/incidents").then().statusCode(201)
                .header("ETag", notNullValue())
                .body("status", equalTo("REPORTED"))
                .body("electionId", equalTo(election))
                .body("divisionId", equalTo("KH-6"))
                .body("occurredAt", equalTo(noon))
                .body("location.latitude", equalTo(12.6312f))
                .extract();
        assertThat(created.header("Location")).endsWith("/v1/incidents/" + created.path("id"));
        given().contentType(ContentType.JSON).body(Map.of()).post("/v1/incidents").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("missionId", "occurredAt", "category", "severity",
                        "description"));
    }

    @Test
    void whereItHappenedIsAStationOfTheElectionOrADivisionOfItsCountry() {
        Map<String, Object> nowhere = incident(mission, null, noon);
        given().contentType(ContentType.JSON).body(nowhere).post("/v1/incidents").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", equalTo(List.of("divisionId")));
        nowhere.put("divisionId", "TH");
        given().contentType(ContentType.JSON).body(nowhere).post("/v1/incidents").then().statusCode(400)
                .body("errors.field", equalTo(List.of("divisionId")));
        nowhere.put("divisionId", "KH-12");
        given().contentType(ContentType.JSON).body(nowhere).post("/v1/incidents").then().statusCode(201)
                .body("divisionId", equalTo("KH-12")).body("stationId", nullValue());
        String otherStation = createStation(createCentre(createElection(), "KH-6"), "1");
        given().contentType(ContentType.JSON).body(incident(mission, otherStation, noon)).post("/v1/incidents").then()
                .statusCode(400).body("errors.field", equalTo(List.of("stationId")));
    }

    @Test
    void theWholeWorkflowIsReadableAsTheIncidentsHistory() {
        String token = editorKeyOf(organizationOf(mission));
        String keyId = given().queryParam("organizationId", organizationOf(mission)).get("/v1/api-keys").then()
                .statusCode(200).extract().path("items[0].id");
        String id = as(token).contentType(ContentType.JSON).body(incident(mission, station, noon)).post("/v1/incidents")
                .then().statusCode(201).extract().path("id");
        moveTo(as(token), id, "UNDER_REVIEW", "The core team checks it");
        moveTo(as(token), id, "VERIFIED", "A second team saw the same men");
        String etag = moveTo(as(token), id, "RESOLVED", "The commission had them removed");
        assertThat(etag).isEqualTo(etagOf("/v1/incidents/" + id));

        given().get("/v1/incidents/" + id + "/status-changes").then().statusCode(200)
                .body("items.from", equalTo(java.util.Arrays.asList(null, "REPORTED", "UNDER_REVIEW", "VERIFIED")))
                .body("items.to", equalTo(List.of("REPORTED", "UNDER_REVIEW", "VERIFIED", "RESOLVED")))
                .body("items.reason", equalTo(java.util.Arrays.asList(null, "The core team checks it",
                        "A second team saw the same men", "The commission had them removed")))
                .body("items.changedByKeyId", equalTo(List.of(keyId, keyId, keyId, keyId)))
                .body("items.changedByOrganizationId", hasSize(4))
                .body("items.incidentId", equalTo(List.of(id, id, id, id)));
        given().queryParam("pageSize", 3).get("/v1/incidents/" + id + "/status-changes").then().statusCode(200)
                .body("items", hasSize(3)).body("nextPageToken", notNullValue());
    }

    @Test
    void aStepTheWorkflowDoesNotAllowIsAConflictNamingIt() {
        String id = createIncident(incident(mission, station, noon));
        given().contentType(ContentType.JSON).header("If-Match", etagOf("/v1/incidents/" + id))
                .body(Map.of("status", "RESOLVED", "reason", "Done")).post("/v1/incidents/" + id + "/status-changes")
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("cannot move from REPORTED to RESOLVED: from REPORTED it may move to UNDER_REVIEW."));
        given().contentType(ContentType.JSON).body(Map.of("status", "UNDER_REVIEW", "reason", "Check"))
                .post("/v1/incidents/" + id + "/status-changes").then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", etagOf("/v1/incidents/" + id))
                .body(Map.of("status", "UNDER_REVIEW")).post("/v1/incidents/" + id + "/status-changes")
                .then().statusCode(400).body("errors.field", equalTo(List.of("reason")));
        given().get("/v1/incidents/" + id + "/status-changes").then().body("items", hasSize(1));
    }

    @Test
    void aPatchChangesTheReportButNeitherItsMissionNorItsStatus() {
        String id = createIncident(incident(mission, station, noon));
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/incidents/" + id))
                .body(Map.of("severity", "CRITICAL", "involved", "A village chief")).patch("/v1/incidents/" + id)
                .then().statusCode(200).body("severity", equalTo("CRITICAL")).body("involved", equalTo("A village chief"))
                .body("status", equalTo("REPORTED"));
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/incidents/" + id))
                .body(Map.of("status", "VERIFIED")).patch("/v1/incidents/" + id).then().statusCode(400);
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/incidents/" + id))
                .body(Map.of("missionId", createMission(election))).patch("/v1/incidents/" + id).then().statusCode(400);
        Map<String, Object> awayFromTheStation = new java.util.HashMap<>();
        awayFromTheStation.put("stationId", null);
        awayFromTheStation.put("divisionId", "KH-12");
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/incidents/" + id))
                .body(awayFromTheStation).patch("/v1/incidents/" + id).then().statusCode(200)
                .body("stationId", nullValue()).body("divisionId", equalTo("KH-12"));
    }

    @Test
    void aDeletedIncidentTakesItsHistoryAlong() {
        String id = createIncident(incident(mission, station, noon));
        moveTo(given(), id, "UNDER_REVIEW", "Check");
        given().header("If-Match", etagOf("/v1/incidents/" + id)).delete("/v1/incidents/" + id).then().statusCode(204);
        given().get("/v1/incidents/" + id).then().statusCode(404);
        given().get("/v1/incidents/" + id + "/status-changes").then().statusCode(404);
    }

    @Test
    void incidentsAreFilteredByEveryDocumentedFilter() {
        String phnomPenh = createStation(createCentre(election, "KH-12"), "2");
        Map<String, Object> first = incident(mission, station, pollingDayOf(election) + "T01:00:00Z");
        first.put("location", Map.of("latitude", 12.6, "longitude", 105.1));
        first.put("involved", "A village chief");
        String early = createIncident(first);
        Map<String, Object> second = incident(mission, phnomPenh, pollingDayOf(election) + "T09:00:00Z");
        second.put("category", "VOTE_BUYING");
        second.put("severity", "LOW");
        second.put("description", Map.of("en", "Envelopes with cash at the gate", "km", "ស្រោមសំបុត្រ"));
        String late = createIncident(second);
        String otherMission = createMission(election);
        String others = createIncident(incident(otherMission, station, pollingDayOf(election) + "T05:00:00Z"));
        moveTo(given(), late, "UNDER_REVIEW", "Check");

        assertThat(ids(Map.of("electionId", election))).containsExactly(late, others, early);
        assertThat(ids(Map.of("missionId", mission))).containsExactly(late, early);
        assertThat(ids(Map.of("electionId", election, "divisionId", "KH"))).containsExactly(late, others, early);
        assertThat(ids(Map.of("electionId", election, "divisionId", "KH-6"))).containsExactly(others, early);
        assertThat(ids(Map.of("stationId", phnomPenh))).containsExactly(late);
        assertThat(ids(Map.of("electionId", election, "category", "VOTE_BUYING"))).containsExactly(late);
        assertThat(ids(Map.of("electionId", election, "severity", "HIGH"))).containsExactly(others, early);
        assertThat(ids(Map.of("electionId", election, "status", "UNDER_REVIEW"))).containsExactly(late);
        assertThat(ids(Map.of("electionId", election, "from", pollingDayOf(election) + "T05:00:00Z",
                "to", pollingDayOf(election) + "T08:59:59Z"))).containsExactly(others);
        assertThat(ids(Map.of("electionId", election, "bbox", "105,12,106,13"))).containsExactly(early);
        assertThat(ids(Map.of("electionId", election, "q", "VILLAGE"))).containsExactly(early);
        assertThat(ids(Map.of("electionId", election, "q", "ស្រោម"))).containsExactly(late);
        String secondPage = given().queryParam("electionId", election).queryParam("pageSize", 2).get("/v1/incidents")
                .then().statusCode(200).body("items.id", equalTo(List.of(late, others))).extract().path("nextPageToken");
        given().queryParam("electionId", election).queryParam("pageSize", 2).queryParam("pageToken", secondPage)
                .get("/v1/incidents").then().body("items.id", equalTo(List.of(early)));
        given().queryParam("category", "RIOT").get("/v1/incidents").then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
        given().queryParam("bbox", "1,2,3").get("/v1/incidents").then().statusCode(400)
                .body("errors[0].field", equalTo("bbox"));
    }

    private static List<String> ids(Map<String, String> filters) {
        return given().queryParams(filters).get("/v1/incidents").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void aPageComesAsGeoJsonAndCsv() {
        Map<String, Object> located = incident(mission, station, noon);
        located.put("location", Map.of("latitude", 12.6312, "longitude", 105.1404));
        String id = createIncident(located);
        String unlocated = createIncident(incident(mission, station, pollingDayOf(election) + "T04:00:00Z"));
        given().queryParam("electionId", election).get("/v1/incidents.geojson").then().statusCode(200)
                .contentType("application/geo+json")
                .body("type", equalTo("FeatureCollection"))
                .body("features.id", equalTo(List.of(id)))
                .body("features[0].geometry.coordinates", equalTo(List.of(105.1404f, 12.6312f)))
                .body("features[0].properties.category", equalTo("INTIMIDATION"));
        given().accept("application/geo+json").queryParam("electionId", election).get("/v1/incidents").then()
                .statusCode(200).body("features.id", equalTo(List.of(id)));
        String csv = given().queryParam("electionId", election).get("/v1/incidents.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv).startsWith("id,missionId,electionId,stationId,divisionId,latitude,longitude,occurredAt,category,"
                + "severity,status,description,involved,sources,createdAt,updatedAt");
        assertThat(csv.lines().skip(1).toList()).satisfiesExactly(
                row -> assertThat(row).startsWith(id + "," + mission + "," + election + "," + station + ",KH-6,12.6312,105.1404,"
                        + noon + ",INTIMIDATION,HIGH,REPORTED,"),
                row -> assertThat(row).startsWith(unlocated + ","));
        given().accept("text/csv").queryParam("electionId", election).get("/v1/incidents").then().statusCode(200)
                .body(equalTo(csv));
    }

    @Test
    void anotherOrganisationsKeyMayReadButNotWrite() {
        activate(mission);
        String id = createIncident(incident(mission, station, noon));
        String theirs = editorKeyOf(organizationOf(createMission(election)));
        as(theirs).get("/v1/incidents/" + id).then().statusCode(200);
        as(theirs).contentType(ContentType.JSON).body(incident(mission, station, noon)).post("/v1/incidents").then()
                .statusCode(403).contentType(PROBLEM);
        as(theirs).contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/incidents/" + id))
                .body(Map.of("severity", "LOW")).patch("/v1/incidents/" + id).then().statusCode(403);
        as(theirs).contentType(ContentType.JSON).header("If-Match", etagOf("/v1/incidents/" + id))
                .body(Map.of("status", "UNDER_REVIEW", "reason", "Ours now")).post("/v1/incidents/" + id + "/status-changes")
                .then().statusCode(403);
        as(theirs).header("If-Match", etagOf("/v1/incidents/" + id)).delete("/v1/incidents/" + id).then().statusCode(403);
        anonymous().contentType(ContentType.JSON).body(incident(mission, station, noon)).post("/v1/incidents").then()
                .statusCode(401);
        given().get("/v1/incidents/" + id).then().body("status", equalTo("REPORTED")).body("severity", equalTo("HIGH"));
    }

    @Test
    void aPlannedMissionsIncidentsAreInvisibleWithoutItsKey() {
        String ours = editorKeyOf(organizationOf(mission));
        String theirs = editorKeyOf(organizationOf(createMission(election)));
        String id = as(ours).contentType(ContentType.JSON).body(incident(mission, station, noon)).post("/v1/incidents")
                .then().statusCode(201).extract().path("id");
        String path = "/v1/incidents/" + id;

        for (RequestSpecification stranger : List.of(anonymous(), as(theirs))) {
            stranger.get(path).then().statusCode(404).contentType(PROBLEM);
        }
        anonymous().get(path + "/status-changes").then().statusCode(404);
        as(theirs).contentType(MERGE_PATCH).header("If-Match", "*").body(Map.of("severity", "LOW")).patch(path).then()
                .statusCode(404);
        for (String list : List.of("/v1/incidents", "/v1/incidents.geojson", "/v1/incidents.csv")) {
            assertThat(anonymous().queryParam("electionId", election).get(list).then().statusCode(200).extract()
                    .asString()).as(list).doesNotContain(id);
            assertThat(as(theirs).queryParam("electionId", election).get(list).then().statusCode(200).extract()
                    .asString()).as(list).doesNotContain(id);
        }
        as(ours).get(path).then().statusCode(200);
        as(ours).queryParam("electionId", election).get("/v1/incidents").then().body("items.id", equalTo(List.of(id)));
        given().queryParam("electionId", election).get("/v1/incidents").then().body("items.id", equalTo(List.of(id)));

        activate(mission);
        anonymous().get(path).then().statusCode(200);
        anonymous().queryParam("electionId", election).get("/v1/incidents").then().body("items.id", equalTo(List.of(id)));
    }

    /** An incident of another mission of the election, one under way: public, beside this test's PLANNED mission. */
    private String incidentOfAnActiveMission() {
        String activeMission = createMission(election);
        activate(activeMission);
        return createIncident(incident(activeMission, station, noon));
    }

    @Test
    void theExportStreamsWhatTheListShowsWithTheSameVisibility() {
        String hidden = createIncident(incident(mission, station, noon));
        String shown = incidentOfAnActiveMission();
        String anonymousLines = anonymous().accept("application/x-ndjson").queryParam("electionId", election)
                .get("/v1/exports/incidents").then().statusCode(200).contentType("application/x-ndjson")
                .header("Observa-Change-Cursor", notNullValue()).extract().asString();
        assertThat(anonymousLines.lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("{\"id\":\"" + shown + "\""));
        String adminLines = given().queryParam("format", "ndjson").queryParam("electionId", election)
                .get("/v1/exports/incidents").then().statusCode(200).extract().asString();
        assertThat(adminLines).contains(hidden, shown);
        String csv = given().accept("text/csv").queryParam("electionId", election).queryParam("missionId", mission)
                .get("/v1/exports/incidents").then().statusCode(200).extract().asString();
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).startsWith("id,missionId,electionId,stationId,divisionId,latitude,longitude,occurredAt,category,");
    }

    @Test
    void anImportCreatesAnIncidentOnceAndADryRunStoresNothing() {
        String id = java.util.UUID.randomUUID().toString();
        Map<String, Object> row = incident(mission, station, noon);
        row.put("id", id);
        Map<String, Object> bundle = Map.of("incidents", List.of(row));
        given().contentType(ContentType.JSON).queryParam("dryRun", true).body(bundle).post("/v1/imports").then()
                .statusCode(200).body("results.incidents.created", equalTo(1));
        given().get("/v1/incidents/" + id).then().statusCode(404);
        given().contentType(ContentType.JSON).body(bundle).post("/v1/imports").then().statusCode(200)
                .body("results.incidents.created", equalTo(1));
        given().contentType(ContentType.JSON).body(bundle).post("/v1/imports").then().statusCode(200)
                .body("results.incidents.unchanged", equalTo(1));
        given().get("/v1/incidents/" + id).then().statusCode(200).body("status", equalTo("REPORTED"));
        given().get("/v1/incidents/" + id + "/status-changes").then().body("items.to", equalTo(List.of("REPORTED")));

        row.put("severity", "CRITICAL");
        given().contentType(ContentType.JSON).body(bundle).post("/v1/imports").then().statusCode(200)
                .body("results.incidents.updated", equalTo(1));
        String theirs = editorKeyOf(organizationOf(createMission(election)));
        row.put("id", java.util.UUID.randomUUID().toString());
        as(theirs).contentType(ContentType.JSON).body(bundle).post("/v1/imports").then().statusCode(403)
                .body("errors[0].field", equalTo("incidents[0]"));
    }

    @Test
    void statisticsCountTheVisibleIncidentsPerCategorySeverityStatusAndProvince() {
        activate(mission);
        createIncident(incident(mission, station, noon));
        Map<String, Object> away = incident(mission, null, noon);
        away.put("divisionId", "KH-12");
        away.put("category", "VOTE_BUYING");
        away.put("severity", "LOW");
        String voteBuying = createIncident(away);
        moveTo(given(), voteBuying, "UNDER_REVIEW", "Check");
        createIncident(incident(createMission(election), station, noon));
        String stats = "/v1/elections/" + election + "/incident-stats";

        anonymous().get(stats).then().statusCode(200)
                .body("level", equalTo("PROVINCE"))
                .body("totals.incidents", equalTo(2))
                .body("totals.byCategory.INTIMIDATION", equalTo(1))
                .body("totals.byCategory.VOTE_BUYING", equalTo(1))
                .body("totals.byCategory.OTHER", equalTo(0))
                .body("totals.bySeverity.LOW", equalTo(1))
                .body("totals.byStatus.UNDER_REVIEW", equalTo(1))
                .body("divisions.divisionId", equalTo(List.of("KH-12", "KH-6")))
                .body("divisions[1].counts.bySeverity.HIGH", equalTo(1));
        given().get(stats).then().statusCode(200).body("totals.incidents", equalTo(3));
        given().queryParam("missionId", mission).get(stats).then().body("totals.incidents", equalTo(2));
        given().queryParam("level", "COUNTRY").get(stats).then().statusCode(400).body("errors[0].field", equalTo("level"));
        given().get("/v1/elections/xx-none/incident-stats").then().statusCode(404);
    }

    @Test
    void anImportRecordsStepsOfTheWorkflowOnceAndRefusesOneItDoesNotAllow() {
        String id = java.util.UUID.randomUUID().toString();
        Map<String, Object> row = incident(mission, station, noon);
        row.put("id", id);
        String review = java.util.UUID.randomUUID().toString();
        String verified = java.util.UUID.randomUUID().toString();
        Map<String, Object> bundle = Map.of("incidents", List.of(row), "incidentStatusChanges", List.of(
                Map.of("id", review, "incidentId", id, "status", "UNDER_REVIEW", "reason", "Check"),
                Map.of("id", verified, "incidentId", id, "status", "VERIFIED", "reason", "Two teams saw it")));
        given().contentType(ContentType.JSON).body(bundle).post("/v1/imports").then().statusCode(200)
                .body("results.incidents.created", equalTo(1))
                .body("results.incidentStatusChanges.created", equalTo(2));
        given().contentType(ContentType.JSON).body(bundle).post("/v1/imports").then().statusCode(200)
                .body("results.incidents.unchanged", equalTo(1))
                .body("results.incidentStatusChanges.unchanged", equalTo(2));
        given().get("/v1/incidents/" + id + "/status-changes").then()
                .body("items.id[1]", equalTo(review)).body("items.id[2]", equalTo(verified))
                .body("items.to", equalTo(List.of("REPORTED", "UNDER_REVIEW", "VERIFIED")));

        Map<String, Object> skipping = Map.of("incidentStatusChanges", List.of(
                Map.of("id", java.util.UUID.randomUUID().toString(), "incidentId", id, "status", "DISMISSED",
                        "reason", "Not after verification")));
        given().contentType(ContentType.JSON).body(skipping).post("/v1/imports").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("incidentStatusChanges[0]"))
                .body("errors[0].message", containsString("cannot move from VERIFIED to DISMISSED"));
        Map<String, Object> rewritten = Map.of("incidentStatusChanges", List.of(
                Map.of("id", review, "incidentId", id, "status", "UNDER_REVIEW", "reason", "Another reason")));
        given().contentType(ContentType.JSON).body(rewritten).post("/v1/imports").then().statusCode(400)
                .body("errors[0].message", containsString("a recorded step never changes"));
        given().get("/v1/incidents/" + id).then().body("status", equalTo("VERIFIED"));
    }

    @Test
    void theHistoriesExportStepByStepWithTheSameVisibility() {
        String hidden = createIncident(incident(mission, station, noon));
        String shown = incidentOfAnActiveMission();
        moveTo(given(), shown, "UNDER_REVIEW", "Check");
        String lines = anonymous().accept("application/x-ndjson").queryParam("electionId", election)
                .get("/v1/exports/incident-status-changes").then().statusCode(200).contentType("application/x-ndjson")
                .extract().asString();
        assertThat(lines.lines().toList()).hasSize(2).allSatisfy(line -> assertThat(line).contains(shown))
                .noneSatisfy(line -> assertThat(line).contains(hidden));
        String csv = given().accept("text/csv").queryParam("incidentId", shown)
                .get("/v1/exports/incident-status-changes").then().statusCode(200).extract().asString();
        assertThat(csv.split("\r\n")).satisfiesExactly(
                header -> assertThat(header).isEqualTo("id,incidentId,from,to,reason,changedByKeyId,changedByOrganizationId,changedAt"),
                first -> assertThat(first).contains("," + shown + ",,REPORTED,"),
                second -> assertThat(second).contains("," + shown + ",REPORTED,UNDER_REVIEW,Check,"));
        assertThat(given().queryParam("format", "ndjson").queryParam("missionId", mission)
                .get("/v1/exports/incident-status-changes").then().statusCode(200).extract().asString())
                .contains(hidden).doesNotContain(shown);
    }

    @Test
    void anIncidentAtAStationMovesWithItsCentre() {
        String centre = createCentre(election, "KH-6");
        String moving = createStation(centre, "2");
        String id = createIncident(incident(mission, moving, noon));
        String before = given().get("/v1/incidents/" + id).then().extract().path("updatedAt");
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/polling-centres/" + centre))
                .body(Map.of("divisionId", "KH-12")).patch("/v1/polling-centres/" + centre).then().statusCode(200);
        // Moved, and marked changed: a client syncing with updatedSince sees it move.
        given().get("/v1/incidents/" + id).then().body("divisionId", equalTo("KH-12"))
                .body("updatedAt", not(equalTo(before)));
        String justAfterItWasReported = Instant.parse(before).plusNanos(1_000).toString();
        assertThat(ids(Map.of("electionId", election, "updatedSince", justAfterItWasReported))).contains(id);
        assertThat(ids(Map.of("electionId", election, "divisionId", "KH-12"))).containsExactly(id);
        given().header("If-Match", etagOf("/v1/polling-stations/" + moving)).delete("/v1/polling-stations/" + moving)
                .then().statusCode(409).contentType(PROBLEM);
    }
}
