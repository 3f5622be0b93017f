package org.observa.api.tabulation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.observa.api.pollingstation.PollingRequests.MERGE_PATCH;
import static org.observa.api.pollingstation.PollingRequests.createCentre;
import static org.observa.api.pollingstation.PollingRequests.createElection;
import static org.observa.api.pollingstation.PollingRequests.createMission;
import static org.observa.api.pollingstation.PollingRequests.createStation;
import static org.observa.api.pollingstation.PollingRequests.created;
import static org.observa.api.pollingstation.PollingRequests.editorKeyOf;
import static org.observa.api.pollingstation.PollingRequests.etagOf;
import static org.observa.api.pollingstation.PollingRequests.organizationOf;
import static org.observa.api.pollingstation.PollingRequests.pollingDayOf;
import static org.observa.api.pollingstation.PollingRequests.visit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;
import org.observa.api.support.ChangeFeeds;
import org.observa.api.support.Ids;

@QuarkusTest
class TabulationTest extends ApiTest {

    private static final AtomicInteger PAST_ELECTIONS = new AtomicInteger();

    private String election;
    private String partyA;
    private String partyB;
    private String kampongThom1;
    private String kampongThom2;
    private String phnomPenh;

    /** An election of Cambodia with two registered parties and three stations, two of them in Kampong Thom. */
    @BeforeEach
    void anElectionWithTwoPartiesAndThreeStations() {
        election = createElection();
        partyA = participation(election);
        partyB = participation(election);
        String centre = createCentre(election, "KH-6");
        kampongThom1 = createStation(centre, "1");
        kampongThom2 = createStation(centre, "2");
        phnomPenh = createStation(createCentre(election, "KH-12"), "3");
    }

    static String participation(String electionId) {
        String party = created("/v1/parties", Map.of("countryId", "KH", "name", Map.of("en", "Party " + Ids.segment())));
        return created("/v1/elections/" + electionId + "/participations", Map.of("partyId", party, "status", "REGISTERED"));
    }

    private Map<String, Object> sheet(String station, long valid, long a, long b) {
        Map<String, Object> body = new HashMap<>();
        body.put("stationId", station);
        body.put("validVotes", valid);
        body.put("votes", List.of(Map.of("participationId", partyA, "votes", a), Map.of("participationId", partyB, "votes", b)));
        return body;
    }

    private String results() {
        return "/v1/elections/" + election + "/station-results";
    }

    private void record(Map<String, Object> sheet) {
        given().contentType(ContentType.JSON).body(sheet).post(results()).then().statusCode(201);
    }

    private static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key);
    }

    @Test
    void stationResultsAreRecordedFlaggedAndAddedUpPerProvinceBesideTheResultsTable() {
        Map<String, Object> first = sheet(kampongThom1, 100, 60, 40);
        first.put("ballotsCast", 105);
        first.put("invalidVotes", 5);
        first.put("registeredVoters", 200);
        given().contentType(ContentType.JSON).body(first).post(results()).then().statusCode(201)
                .body("divisionId", equalTo("KH-6")).body("flags", equalTo(List.of()));
        given().contentType(ContentType.JSON).body(sheet(kampongThom2, 50, 30, 10)).post(results()).then()
                .statusCode(201).body("flags", equalTo(List.of("VOTES_DO_NOT_ADD_UP")));
        record(sheet(phnomPenh, 80, 20, 60));

        given().contentType(ContentType.JSON).body(first).post(results()).then().statusCode(409);
        Map<String, Object> unknownParty = sheet(phnomPenh, 1, 1, 0);
        unknownParty.put("votes", List.of(Map.of("participationId", UUID.randomUUID().toString(), "votes", 1)));
        given().contentType(ContentType.JSON).body(unknownParty).post(results()).then().statusCode(400)
                .body("errors.field", equalTo(List.of("votes[0].participationId")));
        Map<String, Object> huge = sheet(phnomPenh, 2_000_000_000L, 1, 0);
        given().contentType(ContentType.JSON).body(huge).post(results()).then().statusCode(400)
                .body("errors.field", equalTo(List.of("validVotes")));
        huge = sheet(phnomPenh, 1, 2_000_000_000L, 0);
        given().contentType(ContentType.JSON).body(huge).post(results()).then().statusCode(400)
                .body("errors.field", equalTo(List.of("votes[0].votes")));
        String editor = editorKeyOf(organizationOf(createMission(election)));
        as(editor).contentType(ContentType.JSON).body(sheet(phnomPenh, 1, 1, 0)).post(results()).then().statusCode(403);

        String second = results() + "/" + kampongThom2;
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(second))
                .body(Map.of("validVotes", 40)).patch(second).then().statusCode(200).body("flags", equalTo(List.of()));
        given().queryParam("divisionId", "KH-6").get(results()).then().statusCode(200)
                .body("items.stationId", containsInAnyOrder(kampongThom1, kampongThom2));

        String totals = "/v1/elections/" + election + "/station-result-totals";
        var sums = given().get(totals).then().statusCode(200).body("level", equalTo("PROVINCE"))
                .body("totals.stations", equalTo(3)).body("totals.validVotes", equalTo(220))
                .body("totals.inResultsTable", equalTo(false)).extract();
        assertThat(sums.<Integer>path("divisions.find { it.divisionId == 'KH-6' }.validVotes")).isEqualTo(140);
        assertThat(sums.<List<Map<String, Object>>>path("divisions.find { it.divisionId == 'KH-6' }.votes"))
                .containsExactlyInAnyOrder(Map.of("participationId", partyA, "votes", 90), Map.of("participationId", partyB, "votes", 50));

        given().contentType(ContentType.JSON).body(Map.of("status", "OFFICIAL",
                        "rows", List.of(Map.of("participationId", partyA, "votes", 115), Map.of("participationId", partyB, "votes", 105)),
                        "totals", List.of(Map.of("validVotes", 220))))
                .put("/v1/elections/" + election + "/results").then().statusCode(201);
        var compared = given().get(totals).then().statusCode(200).body("totals.inResultsTable", equalTo(true)).extract();
        assertThat(compared.<List<Map<String, Object>>>path("totals.differences")).containsExactlyInAnyOrder(
                Map.of("figure", "votes", "participationId", partyA, "stations", 110, "table", 115, "difference", -5),
                Map.of("figure", "votes", "participationId", partyB, "stations", 110, "table", 105, "difference", 5));
        assertThat(compared.<Boolean>path("divisions.find { it.divisionId == 'KH-6' }.inResultsTable")).isFalse();

        String lines = given().queryParam("electionId", election).accept("application/x-ndjson")
                .get("/v1/exports/station-results").then().statusCode(200).extract().asString();
        assertThat(lines.lines()).hasSize(3);
        String csv = given().queryParam("electionId", election).accept("text/csv").get("/v1/exports/station-results")
                .then().statusCode(200).extract().asString();
        assertThat(csv).startsWith("stationId,electionId,divisionId,registeredVoters,ballotsCast,validVotes,invalidVotes,votes,flags");
    }

    @Test
    void stationResultsImportAllOrNothingAndADryRunStoresNothing() {
        Map<String, Object> row = sheet(kampongThom1, 100, 60, 40);
        row.put("electionId", election);
        Map<String, Object> broken = sheet(phnomPenh, 10, 5, 5);
        broken.put("electionId", election);
        broken.put("validVotes", -10);
        given().contentType(ContentType.JSON).body(Map.of("stationResults", List.of(row, broken))).post("/v1/imports")
                .then().statusCode(400).body("errors[0].field", equalTo("stationResults[1].validVotes"));
        given().get(results() + "/" + kampongThom1).then().statusCode(404);
        Map<String, Object> bundle = Map.of("stationResults", List.of(row));
        given().contentType(ContentType.JSON).queryParam("dryRun", true).body(bundle).post("/v1/imports").then()
                .statusCode(200).body("results.stationResults.created", equalTo(1));
        given().get(results() + "/" + kampongThom1).then().statusCode(404);
        given().contentType(ContentType.JSON).body(bundle).post("/v1/imports").then().statusCode(200)
                .body("results.stationResults.created", equalTo(1));
        given().contentType(ContentType.JSON).body(bundle).post("/v1/imports").then().statusCode(200)
                .body("results.stationResults.unchanged", equalTo(1));
        row.put("invalidVotes", 3);
        given().contentType(ContentType.JSON).body(bundle).post("/v1/imports").then().statusCode(200)
                .body("results.stationResults.updated", equalTo(1));
        given().get(results() + "/" + kampongThom1).then().statusCode(200).body("invalidVotes", equalTo(3));
    }

    @Test
    void anElectionCommissionsCsvNamesStationsByNumberAndPartiesByAbbreviation() {
        String segment = Ids.segment().replace("-", "");
        String first = "P" + segment;
        String second = "Q" + segment;
        String a = created("/v1/elections/" + election + "/participations", Map.of("status", "REGISTERED", "partyId",
                created("/v1/parties", Map.of("countryId", "KH", "name", Map.of("en", "Party " + first), "abbreviation", first))));
        String b = created("/v1/elections/" + election + "/participations", Map.of("status", "REGISTERED", "partyId",
                created("/v1/parties", Map.of("countryId", "KH", "name", Map.of("en", "Party " + second), "abbreviation", second))));
        String csv = "stationNumber,registeredVoters,ballotsCast,validVotes,invalidVotes," + first + "," + second + "\r\n"
                + "1,600,498,481,17,402,79\r\n"
                + "3,580,470,455,15,455,\r\n";
        String imports = "/v1/imports/station-results";
        given().contentType("text/csv").queryParam("electionId", election).queryParam("dryRun", true).body(csv)
                .post(imports).then().statusCode(200).body("results.stationResults.created", equalTo(2));
        given().get(results() + "/" + kampongThom1).then().statusCode(404);
        given().contentType("text/csv").queryParam("electionId", election).body(csv).post(imports).then().statusCode(200)
                .body("results.stationResults.created", equalTo(2));
        given().get(results() + "/" + kampongThom1).then().statusCode(200)
                .body("validVotes", equalTo(481)).body("flags", equalTo(List.of()))
                .body("votes", containsInAnyOrder(Map.of("participationId", a, "votes", 402), Map.of("participationId", b, "votes", 79)));
        given().get(results() + "/" + phnomPenh).then().statusCode(200)
                .body("votes", equalTo(List.of(Map.of("participationId", a, "votes", 455))));
        given().contentType("text/csv").queryParam("electionId", election).body(csv).post(imports).then().statusCode(200)
                .body("results.stationResults.unchanged", equalTo(2));

        // Columns are the header's, also those whose first cell is empty.
        String laterCells = "stationNumber,validVotes,invalidVotes," + first + "," + second + "\r\n"
                + "1,481,,402,79\r\n"
                + "3,455,16,395,60\r\n";
        given().contentType("text/csv").queryParam("electionId", election).body(laterCells).post(imports).then()
                .statusCode(200);
        given().get(results() + "/" + phnomPenh).then().statusCode(200).body("invalidVotes", equalTo(16))
                .body("votes", containsInAnyOrder(Map.of("participationId", a, "votes", 395), Map.of("participationId", b, "votes", 60)));
        String emptyUnknown = "stationNumber,validVotes,NOPE\r\n1,481,\r\n";
        given().contentType("text/csv").queryParam("electionId", election).body(emptyUnknown).post(imports).then()
                .statusCode(400).body("errors.field", equalTo(List.of("stationResults[0].NOPE")));
        String twice = "stationId,stationNumber,validVotes\r\n" + kampongThom1 + ",1,481\r\n";
        given().contentType("text/csv").queryParam("electionId", election).body(twice).post(imports).then()
                .statusCode(400).body("errors.field", equalTo(List.of("stationResults[0].stationNumber")));

        String wrong = "stationNumber,validVotes,NOPE," + first + "\r\n99,10,1,x\r\n";
        given().contentType("text/csv").queryParam("electionId", election).body(wrong).post(imports).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("stationResults[0].stationNumber", "stationResults[0].NOPE"));
        String nul = "stationNumber,validVotes," + first + "\r\n1\u0000,10\u0000,10\r\n";
        given().contentType("text/csv").queryParam("electionId", election).body(nul).post(imports).then().statusCode(400)
                .body("errors.field", equalTo(List.of("stationResults[0].stationNumber")))
                .body("errors[0].message", equalTo("must not contain the NUL character (U+0000)"));
        String editor = editorKeyOf(organizationOf(createMission(election)));
        as(editor).contentType("text/csv").queryParam("electionId", election).body(csv).post(imports).then().statusCode(403);
    }

    /** A COUNTING visit of the mission at the station; its id. */
    private String countingVisit(String key, String mission, String station, String electionId) {
        Map<String, Object> body = visit(mission, station, pollingDayOf(electionId));
        body.put("phase", "COUNTING");
        return as(key).contentType(ContentType.JSON).body(body).post("/v1/station-visits").then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> copied(String visitId, Map<String, Object> sheet) {
        Map<String, Object> body = new HashMap<>(sheet);
        body.remove("stationId");
        body.put("visitId", visitId);
        body.put("postedPublicly", true);
        return body;
    }

    @Test
    void observersCopiedSheetsAndOnlyTheStationsWhereTheyDifferAreListed() {
        String mission = createMission(election);
        String key = editorKeyOf(organizationOf(mission));
        record(sheet(kampongThom1, 100, 60, 40));
        record(sheet(phnomPenh, 80, 20, 60));

        as(key).contentType(ContentType.JSON).body(copied(countingVisit(key, mission, kampongThom1, election),
                sheet(kampongThom1, 100, 60, 40))).post("/v1/observed-results").then().statusCode(201)
                .body("divisionId", equalTo("KH-6")).body("flags", equalTo(List.of()));
        String differing = as(key).contentType(ContentType.JSON).body(copied(countingVisit(key, mission, phnomPenh, election),
                sheet(phnomPenh, 80, 30, 50))).post("/v1/observed-results").then().statusCode(201).extract().path("id");
        String withoutOfficial = countingVisit(key, mission, kampongThom2, election);
        as(key).contentType(ContentType.JSON).body(copied(withoutOfficial, sheet(kampongThom2, 10, 5, 5)))
                .post("/v1/observed-results").then().statusCode(201);

        Map<String, Object> voting = visit(mission, kampongThom2, pollingDayOf(election));
        voting.put("phase", "VOTING");
        String votingVisit = as(key).contentType(ContentType.JSON).body(voting).post("/v1/station-visits").then()
                .statusCode(201).extract().path("id");
        as(key).contentType(ContentType.JSON).body(copied(votingVisit, sheet(kampongThom2, 10, 5, 5)))
                .post("/v1/observed-results").then().statusCode(400).body("errors[0].field", equalTo("visitId"));
        as(key).contentType(ContentType.JSON).body(copied(withoutOfficial, sheet(kampongThom2, 10, 5, 5)))
                .post("/v1/observed-results").then().statusCode(409);
        String theirs = editorKeyOf(organizationOf(createMission(election)));
        as(theirs).contentType(ContentType.JSON).body(copied(countingVisit(key, mission, kampongThom2, election),
                sheet(kampongThom2, 10, 5, 5))).post("/v1/observed-results").then().statusCode(403);

        String discrepancies = "/v1/elections/" + election + "/result-discrepancies";
        given().header("Authorization", "").get(discrepancies).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].stationId", equalTo(phnomPenh))
                .body("items[0].observedResultId", equalTo(differing))
                .body("items[0].differences", containsInAnyOrder(
                        Map.of("figure", "votes", "participationId", partyA, "observed", 30, "official", 20, "difference", 10),
                        Map.of("figure", "votes", "participationId", partyB, "observed", 50, "official", 60, "difference", -10)));
        given().queryParam("divisionId", "KH-6").get(discrepancies).then().statusCode(200).body("items", hasSize(0));

        String path = "/v1/observed-results/" + differing;
        as(key).contentType(MERGE_PATCH).header("If-Match", etagOf(path))
                .body(Map.of("votes", List.of(Map.of("participationId", partyA, "votes", 20), Map.of("participationId", partyB, "votes", 60))))
                .patch(path).then().statusCode(200);
        given().get(discrepancies).then().statusCode(200).body("items", hasSize(0));
        given().queryParam("missionId", mission).get("/v1/observed-results").then().statusCode(200).body("items", hasSize(3));
    }

    /** An election of Cambodia that is over (polling day long past), with two provinces of five stations each. */
    private String pastElectionWithTenStations(List<String> stations) {
        // a day between 1950 and 2004 that no other run of the suite is likely to take
        LocalDate pollingDay = LocalDate.of(1950, 1, 1).plusDays(PAST_ELECTIONS.incrementAndGet()
                + Math.floorMod(Ids.segment().hashCode(), 19_000));
        String past = given().contentType(ContentType.JSON).body(Map.of("countryId", "KH", "type", "COMMUNE",
                        "name", Map.of("en", "Past election " + pollingDay), "pollingDate", pollingDay.toString(),
                        "timeZone", "Asia/Phnom_Penh"))
                .post("/v1/elections").then().statusCode(201).extract().path("id");
        for (String province : List.of("KH-6", "KH-12")) {
            String centre = createCentre(past, province);
            for (int i = 0; i < 5; i++) {
                Map<String, Object> body = new HashMap<>(Map.of("centreId", centre, "number", province + "-" + i,
                        "registeredVoters", province.equals("KH-6") ? 300 : 700));
                stations.add(created("/v1/polling-stations", body));
            }
        }
        return past;
    }

    @Test
    void aSampleDrawnTwiceWithTheSameSeedIsTheSameAndEstimatesOnceItsStationsReport() {
        List<String> stations = new ArrayList<>();
        String past = pastElectionWithTenStations(stations);
        String a = participation(past);
        String b = participation(past);
        String mission = createMission(past);
        String key = editorKeyOf(organizationOf(mission));
        Map<String, Object> draw = Map.of("missionId", mission, "method", "STRATIFIED_RANDOM", "seed", 42, "size", 6);
        var sample = as(key).contentType(ContentType.JSON).body(draw).post("/v1/samples").then().statusCode(201)
                .body("size", equalTo(6)).extract();
        List<Map<String, String>> drawn = sample.path("stations");
        as(key).contentType(ContentType.JSON).body(draw).post("/v1/samples").then().statusCode(201)
                .body("stations", equalTo(drawn));
        // proportional to registered voters: 300 × 5 in Kampong Thom, 700 × 5 in Phnom Penh
        assertThat(drawn).extracting(s -> s.get("stratum")).containsOnly("KH-6", "KH-12");
        assertThat(drawn.stream().filter(s -> s.get("stratum").equals("KH-12")).count()).isEqualTo(4);

        String estimate = "/v1/samples/" + sample.path("id") + "/estimate";
        given().header("Authorization", "").get(estimate).then().statusCode(200)
                .body("estimated", equalTo(false)).body("reported", equalTo(0));
        given().header("Authorization", "").get("/v1/samples/" + sample.path("id")).then().statusCode(200);
        given().header("Authorization", "").queryParam("missionId", mission).get("/v1/samples").then().statusCode(200)
                .body("items", hasSize(2));

        for (Map<String, String> station : drawn) {
            Map<String, Object> body = visit(mission, station.get("stationId"), pollingDayOf(past));
            body.put("phase", "COUNTING");
            String visitId = as(key).contentType(ContentType.JSON).body(body).post("/v1/station-visits").then()
                    .statusCode(201).extract().path("id");
            as(key).contentType(ContentType.JSON).body(Map.of("visitId", visitId, "validVotes", 100,
                            "votes", List.of(Map.of("participationId", a, "votes", 60), Map.of("participationId", b, "votes", 40))))
                    .post("/v1/observed-results").then().statusCode(201);
        }
        given().contentType(ContentType.JSON).body(Map.of("status", "OFFICIAL",
                        "rows", List.of(Map.of("participationId", a, "votes", 500), Map.of("participationId", b, "votes", 500)),
                        "totals", List.of(Map.of("validVotes", 1000))))
                .put("/v1/elections/" + past + "/results").then().statusCode(201);
        var estimated = given().header("Authorization", "").get(estimate).then().statusCode(200)
                .body("estimated", equalTo(true)).body("reported", equalTo(6)).extract();
        assertThat(estimated.<Float>path("shares.find { it.participationId == '" + a + "' }.estimate")).isEqualTo(0.6f);
        assertThat(estimated.<Float>path("shares.find { it.participationId == '" + a + "' }.margin")).isEqualTo(0.0f);
        assertThat(estimated.<Boolean>path("shares.find { it.participationId == '" + a + "' }.officialInside")).isFalse();

        as(key).contentType(ContentType.JSON).body(Map.of("missionId", mission, "method", "LIST",
                        "stationIds", List.of(stations.get(0), stations.get(0), UUID.randomUUID().toString())))
                .post("/v1/samples").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("stationIds[1]", "stationIds[2]"));
        as(editorKeyOf(organizationOf(createMission(past)))).contentType(ContentType.JSON).body(draw)
                .post("/v1/samples").then().statusCode(403);
    }

    @Test
    void theChangeFeedNamesStationResultsObservedResultsAndSamplesWithTheirLinks() {
        String cursor = ChangeFeeds.endOfFeed();
        record(sheet(kampongThom1, 100, 60, 40));
        String mission = createMission(election);
        String key = editorKeyOf(organizationOf(mission));
        String observed = as(key).contentType(ContentType.JSON).body(copied(countingVisit(key, mission, kampongThom1, election),
                sheet(kampongThom1, 100, 60, 40))).post("/v1/observed-results").then().statusCode(201).extract().path("id");
        String sample = as(key).contentType(ContentType.JSON)
                .body(Map.of("missionId", mission, "method", "STRATIFIED_RANDOM", "seed", 1, "size", 1))
                .post("/v1/samples").then().statusCode(201).extract().path("id");
        List<Map<String, String>> changes = given().queryParam("after", cursor).queryParam("pageSize", 500)
                .get("/v1/changes").then().statusCode(200).extract().path("items");
        assertThat(changes).extracting(c -> c.get("type") + " " + c.get("id") + " " + c.get("link")).contains(
                "station-result " + kampongThom1 + " /v1/elections/" + election + "/station-results/" + kampongThom1,
                "observed-result " + observed + " /v1/observed-results/" + observed,
                "sample " + sample + " /v1/samples/" + sample);
    }

    @Test
    void aSampleIsSecretUntilItsElectionIsOver() {
        String mission = createMission(election);
        String key = editorKeyOf(organizationOf(mission));
        String sample = as(key).contentType(ContentType.JSON)
                .body(Map.of("missionId", mission, "method", "STRATIFIED_RANDOM", "seed", 7, "size", 2))
                .post("/v1/samples").then().statusCode(201).extract().path("id");
        given().header("Authorization", "").get("/v1/samples/" + sample).then().statusCode(404);
        given().header("Authorization", "").get("/v1/samples/" + sample + "/estimate").then().statusCode(404);
        given().header("Authorization", "").queryParam("missionId", mission).get("/v1/samples").then().statusCode(200)
                .body("items", hasSize(0));
        as(key).queryParam("missionId", mission).get("/v1/samples").then().statusCode(200).body("items.id", hasItem(sample));
        as(key).header("If-Match", etagOf("/v1/samples/" + sample)).delete("/v1/samples/" + sample).then().statusCode(204);
    }
}
