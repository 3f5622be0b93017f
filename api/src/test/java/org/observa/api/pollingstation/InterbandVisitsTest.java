package org.observa.api.pollingstation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.observa.api.pollingstation.PollingRequests.ELECTION_2023;
import static org.observa.api.pollingstation.PollingRequests.MISSION_2023;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

/**
 * What section 1 of Interband's 2023 report says about polling day — 7 schools in Kampong Thom, 19
 * numbered stations, a visit to each on 23 July 2023 — reads back from the demo data (see
 * shared/docs/source-report.md).
 */
@QuarkusTest
class InterbandVisitsTest extends ApiTest {

    /** The report's stations by school, in the report's order; "," and "." both separate stations. */
    private static final Map<String, List<String>> STATIONS_BY_SCHOOL = Map.of(
            "Hun Sen Balaing High School", List.of("1069", "409", "408", "407"),
            "Hun Sen Achartek Acnavoat Primary School", List.of("452", "453", "454", "458", "459", "1115"),
            "Thnal Beak Primary and Secondary School", List.of("358", "1067"),
            "Atsu School", List.of("607"),
            "Sam Dachakak MhasonaBdey Dokcho Fun Sen Drey Kdey Primary Secondary School", List.of("634", "635", "636"),
            "Kompong Chuteal Primary School", List.of("1079"),
            "Krayea High School", List.of("502", "503"));

    @Test
    void theSevenSchoolsAreCentresOfThe2023ElectionInKampongThom() {
        given().queryParam("electionId", ELECTION_2023).get("/v1/polling-centres").then().statusCode(200)
                .body("items", hasSize(7))
                .body("items.name.en", equalTo(List.of("Atsu School", "Hun Sen Achartek Acnavoat Primary School",
                        "Hun Sen Balaing High School", "Kompong Chuteal Primary School", "Krayea High School",
                        "Sam Dachakak MhasonaBdey Dokcho Fun Sen Drey Kdey Primary Secondary School",
                        "Thnal Beak Primary and Secondary School")))
                .body("items.divisionId", everyItem(equalTo("KH-6")))
                .body("items.location", everyItem(nullValue()))
                .body("items.sources[0].citation", everyItem(startsWith(
                        "Interband, \"Cambodia National Assembly Election 2023 Monitoring Report\"")));
    }

    @Test
    void theNineteenStationsAreListedForKampongThomInNaturalOrder() {
        given().queryParam("electionId", ELECTION_2023).queryParam("divisionId", "KH-6")
                .get("/v1/polling-stations").then().statusCode(200)
                .body("items", hasSize(19))
                .body("items.number", equalTo(List.of("358", "407", "408", "409", "452", "453", "454", "458", "459",
                        "502", "503", "607", "634", "635", "636", "1067", "1069", "1079", "1115")))
                .body("items.registeredVoters", everyItem(nullValue()))
                .body("nextPageToken", nullValue());
    }

    @Test
    void eachSchoolHoldsTheStationsTheReportListsForIt() {
        List<Map<String, Object>> centres = given().queryParam("electionId", ELECTION_2023).get("/v1/polling-centres")
                .then().extract().path("items");
        for (Map<String, Object> centre : centres) {
            List<String> numbers = given().queryParam("centreId", centre.get("id")).get("/v1/polling-stations")
                    .then().statusCode(200).extract().path("items.number");
            List<String> expected = STATIONS_BY_SCHOOL.get(((Map<?, ?>) centre.get("name")).get("en").toString());
            org.assertj.core.api.Assertions.assertThat(numbers).as("stations of %s", centre.get("name"))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void theMissionVisitedEachStationOnPollingDayInTheReportsOrder() {
        List<String> visitedStations = given().queryParam("missionId", MISSION_2023).get("/v1/station-visits").then()
                .statusCode(200)
                .body("items", hasSize(19))
                .body("items.visitedOn", everyItem(equalTo("2023-07-23")))
                .body("items.phase", everyItem(equalTo("VOTING")))
                .body("items.electionId", everyItem(equalTo(ELECTION_2023)))
                .body("items.observers", everyItem(hasSize(0)))
                .body("items.checklist", everyItem(equalTo(Map.of())))
                .body("items.assessment", everyItem(nullValue()))
                .body("items.arrivedAt", everyItem(nullValue()))
                .extract().path("items.stationId");
        List<String> numbers = visitedStations.stream()
                .map(id -> given().get("/v1/polling-stations/" + id).then().extract().<String>path("number")).toList();
        org.assertj.core.api.Assertions.assertThat(numbers).containsExactly("1069", "409", "408", "407", "452", "453",
                "454", "458", "459", "1115", "358", "1067", "607", "634", "635", "636", "1079", "502", "503");
    }

    @Test
    void theSchoolWhoseNameTheReportWritesInLowerCaseKeepsANote() {
        given().queryParam("electionId", ELECTION_2023).queryParam("q", "thnal beak").get("/v1/polling-centres").then()
                .body("items", hasSize(1))
                .body("items[0].notes", org.hamcrest.Matchers.containsString(
                        "The report writes \"Thnal Beak primary and Secondary School\""));
    }

    @Test
    void theStatisticsOfThe2023ElectionCountTheReportsVisitsInKampongThom() {
        given().get("/v1/elections/" + ELECTION_2023 + "/observation-stats").then().statusCode(200)
                .body("level", equalTo("PROVINCE"))
                .body("divisions", hasSize(25))
                .body("divisions.find { it.divisionId == 'KH-6' }.counts.stations", equalTo(19))
                .body("divisions.find { it.divisionId == 'KH-6' }.counts.stationsVisited", equalTo(19))
                .body("divisions.find { it.divisionId == 'KH-12' }.counts.stations", equalTo(0))
                .body("totals.visits", equalTo(19))
                .body("totals.visitsByAssessment.notAssessed", equalTo(19))
                .body("totals.checklist.INK_CHECKED.answeredYes", equalTo(0));
    }
}
