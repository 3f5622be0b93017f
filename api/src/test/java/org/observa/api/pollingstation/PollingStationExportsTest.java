package org.observa.api.pollingstation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.observa.api.pollingstation.PollingRequests.ELECTION_2023;
import static org.observa.api.pollingstation.PollingRequests.MISSION_2023;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

/** The bulk exports of the polling-stations module, on the report's data (which no test changes). */
@QuarkusTest
class PollingStationExportsTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> ndjson(String body) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    @Test
    void stationsStreamAsOneJsonObjectPerLineLikeTheApiShowsThem() throws IOException {
        String body = given().accept("application/x-ndjson").queryParam("electionId", ELECTION_2023)
                .queryParam("divisionId", "KH-6").get("/v1/exports/polling-stations").then().statusCode(200)
                .contentType("application/x-ndjson")
                .header("Content-Disposition", "attachment; filename=\"polling-stations.ndjson\"")
                .header("Observa-Change-Cursor", org.hamcrest.Matchers.notNullValue())
                .extract().asString();
        List<JsonNode> lines = ndjson(body);
        assertThat(lines).hasSize(19);
        assertThat(lines.get(0).path("number").asText()).isEqualTo("358");
        String id = lines.get(0).path("id").asText();
        assertThat(lines.get(0)).isEqualTo(JSON.readTree(given().get("/v1/polling-stations/" + id).asString()));
    }

    @Test
    void centresExportAsCsvWithAHeaderRowAndOneRowPerCentre() {
        String csv = given().accept("text/csv").queryParam("electionId", ELECTION_2023)
                .get("/v1/exports/polling-centres").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).isEqualTo("id,electionId,divisionId,nameEn,names,address,latitude,longitude,notes,sources,"
                + "createdAt,updatedAt");
        assertThat(rows).hasSize(1 + 7);
        assertThat(rows[1]).startsWith("f78c9c5e-99ad-4e82-bf86-f59032f40a17,kh-na-2023-07-23,KH-6,Atsu School,");
    }

    @Test
    void visitsExportAsCsvWithAColumnPerChecklistQuestionThenTheirFormAndAnswers() {
        String csv = given().accept("text/csv").queryParam("missionId", MISSION_2023)
                .get("/v1/exports/station-visits").then().statusCode(200).extract().asString();
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).startsWith("id,missionId,stationId,electionId,visitedOn,arrivedAt,departedAt,phase,"
                        + "assessment,observers,notes,createdAt,updatedAt,VOTER_LIST_PRESENT_AND_USED,")
                .endsWith(",RESULTS_POSTED_PUBLICLY,formId,formVersion,answers");
        assertThat(rows).hasSize(1 + 19);
        assertThat(rows[1]).startsWith("d4824e0e-3187-4556-b0ab-fe6a1fc018f3," + MISSION_2023
                + ",be984d2a-9bf2-4304-ba17-682755851857,kh-na-2023-07-23,2023-07-23,,,VOTING,,[],")
                .endsWith(",0b5e7a00-57d0-4f00-a000-000000000001,1,{}");
    }

    @Test
    void visitsExportAsNdjson() throws IOException {
        String body = given().accept("application/x-ndjson").queryParam("missionId", MISSION_2023)
                .get("/v1/exports/station-visits").then().statusCode(200).extract().asString();
        assertThat(ndjson(body)).hasSize(19).allSatisfy(visit -> assertThat(visit.path("phase").asText()).isEqualTo("VOTING"));
    }

    @Test
    void aWrongBoundingBoxIsRefusedHereToo() {
        given().accept("application/x-ndjson").queryParam("bbox", "1,2,3").get("/v1/exports/polling-stations").then()
                .statusCode(400).body("errors[0].field", equalTo("bbox"));
    }
}
