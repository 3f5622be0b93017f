package org.observa.api.pollingstation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.observa.api.pollingstation.PollingRequests.PROBLEM;
import static org.observa.api.pollingstation.PollingRequests.createCentre;
import static org.observa.api.pollingstation.PollingRequests.createElection;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

@QuarkusTest
class PollingStationCsvImportTest extends ApiTest {

    private String election;
    private String centre;

    @BeforeEach
    void anElectionAndACentreOfItsOwn() {
        election = createElection();
        centre = createCentre(election, "KH-6");
    }

    private ValidatableResponse importCsv(String csv, boolean dryRun) {
        return given().contentType("text/csv").queryParam("electionId", election).queryParam("dryRun", dryRun)
                .body(csv).post("/v1/imports").then();
    }

    private List<String> numbers() {
        return given().queryParam("electionId", election).queryParam("pageSize", 100).get("/v1/polling-stations")
                .then().statusCode(200).extract().path("items.number");
    }

    @Test
    void aCsvOfStationsIsImportedOnceAndMatchedByNumberTheSecondTime() {
        String csv = "centreId,number,registeredVoters,latitude,longitude,notes\r\n"
                + centre + ",101,712,12.7111,104.8887,\"Room 1, ground floor\"\r\n"
                + centre + ",102,654,,,\n";
        importCsv(csv, false).statusCode(200)
                .body("results.pollingStations.created", equalTo(2))
                .body("results.pollingStations.unchanged", equalTo(0));
        importCsv(csv, false).statusCode(200)
                .body("results.pollingStations.created", equalTo(0))
                .body("results.pollingStations.unchanged", equalTo(2));
        given().queryParam("electionId", election).queryParam("number", "101").get("/v1/polling-stations").then()
                .statusCode(200)
                .body("items[0].registeredVoters", equalTo(712))
                .body("items[0].location.longitude", equalTo(104.8887f))
                .body("items[0].notes", equalTo("Room 1, ground floor"));
    }

    @Test
    void quotedCommasQuotesAndLineBreaksABomAndCrlfAreReadAsTheCsvStandardSays() {
        String notes = "Room 2, \"the library\"\r\nentrance from the yard";
        String csv = "\uFEFFcentreId,number,notes\r\n"
                + centre + ",201,\"Room 2, \"\"the library\"\"\r\nentrance from the yard\"\r\n"
                + centre + ",202,\"\"\r\n";
        importCsv(csv, false).statusCode(200).body("results.pollingStations.created", equalTo(2));
        given().queryParam("electionId", election).queryParam("number", "201").get("/v1/polling-stations").then()
                .statusCode(200).body("items[0].notes", equalTo(notes));
        given().queryParam("electionId", election).queryParam("number", "202").get("/v1/polling-stations").then()
                .statusCode(200).body("items[0].notes", equalTo(null));
        // The CSV answer writes them back the same way, so it can be sent again unchanged.
        String answer = given().accept("text/csv").queryParam("electionId", election).queryParam("number", "201")
                .get("/v1/polling-stations").then().statusCode(200).extract().asString();
        assertThat(answer).contains(",\"Room 2, \"\"the library\"\"\r\nentrance from the yard\",");
        importCsv(answer, false).statusCode(200).body("results.pollingStations.unchanged", equalTo(1));
    }

    @Test
    void theStationsCsvAnswerCanBeSentBackUnchanged() {
        importCsv("centreId,number,registeredVoters\n" + centre + ",7,100\n" + centre + ",8,200\n", false).statusCode(200);
        String exported = given().accept("text/csv").queryParam("electionId", election)
                .get("/v1/polling-stations").then().statusCode(200).extract().asString();
        importCsv(exported, false).statusCode(200)
                .body("results.pollingStations.updated", equalTo(0))
                .body("results.pollingStations.unchanged", equalTo(2));
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndStoresNothing() {
        importCsv("centreId,number\n" + centre + ",1\n" + centre + ",2\n", true).statusCode(200)
                .body("dryRun", equalTo(true))
                .body("results.pollingStations.created", equalTo(2));
        assertThat(numbers()).isEmpty();
    }

    @Test
    void aBadRowStoresNothingAndIsNamedByRowAndField() {
        StringBuilder csv = new StringBuilder("centreId,number\n");
        for (int i = 0; i < 500; i++) {
            csv.append(centre).append(',').append(i == 321 ? "#321" : String.valueOf(i)).append('\n');
        }
        importCsv(csv.toString(), false).statusCode(400).contentType(PROBLEM)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("pollingStations[321].number"));
        assertThat(numbers()).isEmpty();
    }

    @Test
    void aCentreOfAnotherElectionAnUnknownColumnAndAnotherElectionIdAreNamed() {
        String otherCentre = createCentre(createElection(), "KH-6");
        importCsv("centreId,number,colour\n" + otherCentre + ",1,\n" + centre + ",2,red\n", false)
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("pollingStations[1].colour"));
        importCsv("centreId,number\n" + otherCentre + ",1\n", false).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("pollingStations[0].centreId"));
        importCsv("electionId,centreId,number\nkh-na-2023-07-23," + centre + ",1\n", false).statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("pollingStations[0].electionId"));
        assertThat(numbers()).isEmpty();
    }

    @Test
    void aCsvNeedsItsElectionAndABundleRefusesOne() {
        given().contentType("text/csv").body("centreId,number\n" + centre + ",1\n").post("/v1/imports").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("electionId"));
        given().contentType("application/json").queryParam("electionId", election).body("{}").post("/v1/imports").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("electionId"));
    }

    @Test
    void anUnclosedQuoteIsAProblemNotAFailure() {
        importCsv("centreId,number,notes\n" + centre + ",1,\"never closed\n", false).statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("body"));
    }

    @Test
    void aNulAfterANumberIsRefusedNotDropped() {
        importCsv("centreId,number,registeredVoters\n" + centre + ",1,12\u0000\n", true).statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("pollingStations[0].registeredVoters"));
    }
}
