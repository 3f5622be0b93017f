package org.observa.api.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.observa.api.pollingstation.PollingRequests.createCentre;
import static org.observa.api.pollingstation.PollingRequests.createElection;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

/**
 * A CSV of polling stations is written in bulk: the numbers it names are looked up at once, the new stations
 * sent to PostgreSQL in batches, and the rows still matched one by one as before.
 */
@QuarkusTest
class BulkStationImportTest extends ApiTest {

    private static final int ROWS = 200;

    @Inject
    SessionFactory sessionFactory;

    private static String csv(String centre, int rows, int firstNumber) {
        StringBuilder csv = new StringBuilder("centreId,number,registeredVoters\r\n");
        for (int i = 0; i < rows; i++) {
            csv.append(centre).append(',').append(firstNumber + i).append(',').append(400 + i).append("\r\n");
        }
        return csv.toString();
    }

    private static io.restassured.response.ValidatableResponse imported(String election, String csv) {
        return given().contentType("text/csv").queryParam("electionId", election).body(csv).post("/v1/imports").then();
    }

    @Test
    void newStationsCostAFewStatementsPerBatchNotSeveralPerRow() {
        String election = createElection();
        String centre = createCentre(election, "KH-12");
        long before = sessionFactory.getStatistics().getPrepareStatementCount();

        imported(election, csv(centre, ROWS, 1)).statusCode(200)
                .body("results.pollingStations", equalTo(Map.of("created", ROWS, "updated", 0, "unchanged", 0)));

        // One row at a time this was at least four statements a row: the centre, the number twice, the insert.
        assertThat(sessionFactory.getStatistics().getPrepareStatementCount() - before).isLessThan(ROWS / 4);
        given().queryParam("electionId", election).queryParam("number", "200").get("/v1/polling-stations").then()
                .statusCode(200).body("items[0].registeredVoters", equalTo(599));
    }

    @Test
    void aNumberTwiceInOneCsvIsOneStationThatTheSecondRowUpdates() {
        String election = createElection();
        String centre = createCentre(election, "KH-12");
        String csv = "centreId,number,registeredVoters\r\n" + centre + ",A-1,10\r\n" + centre + ",A-2,5\r\n"
                + centre + ",A-1,20\r\n";

        imported(election, csv).statusCode(200)
                .body("results.pollingStations", equalTo(Map.of("created", 2, "updated", 1, "unchanged", 0)));

        given().queryParam("electionId", election).queryParam("number", "A-1").get("/v1/polling-stations").then()
                .statusCode(200).body("items.size()", equalTo(1)).body("items[0].registeredVoters", equalTo(20));
    }

    @Test
    void theSameCsvAgainFindsEveryStationAtOnceAndChangesNothing() {
        String election = createElection();
        String centre = createCentre(election, "KH-12");
        imported(election, csv(centre, ROWS, 1001)).statusCode(200);
        long before = sessionFactory.getStatistics().getPrepareStatementCount();

        imported(election, csv(centre, ROWS, 1001)).statusCode(200)
                .body("results.pollingStations", equalTo(Map.of("created", 0, "updated", 0, "unchanged", ROWS)));

        // The stations are found and locked by one query per thousand numbers, not one per row.
        assertThat(sessionFactory.getStatistics().getPrepareStatementCount() - before).isLessThan(ROWS / 4);
    }

    @Test
    void existingAndNewNumbersInOneCsvAreToldApart() {
        String election = createElection();
        String centre = createCentre(election, "KH-12");
        imported(election, csv(centre, 30, 1)).statusCode(200);

        // Rows 1–30 exist, 31–60 are new; the preload must tell them apart within one import.
        imported(election, csv(centre, 60, 1)).statusCode(200)
                .body("results.pollingStations", equalTo(Map.of("created", 30, "updated", 0, "unchanged", 30)));
        given().queryParam("electionId", election).queryParam("pageSize", 100).get("/v1/polling-stations").then()
                .statusCode(200).body("items.size()", equalTo(60));
    }

    @Test
    void aNulInANumberIsNamedByRowAndFieldNotRefusedByTheDatabase() {
        String election = createElection();
        String centre = createCentre(election, "KH-12");

        imported(election, "centreId,number\r\n" + centre + ",7\r\n" + centre + ",A\u0000B\r\n").statusCode(400)
                .body("errors[0].field", equalTo("pollingStations[1].number"));
    }
}
