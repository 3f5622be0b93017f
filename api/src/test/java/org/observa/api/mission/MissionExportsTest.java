package org.observa.api.mission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

@QuarkusTest
class MissionExportsTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> ndjson(String path, String param, String value) throws IOException {
        String body = given().accept("application/x-ndjson").queryParam(param, value).get(path).then()
                .statusCode(200).header("Observa-Change-Cursor", org.hamcrest.Matchers.notNullValue())
                .extract().asString();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static String[] csvRows(String path, String param, String value) {
        return given().accept("text/csv").queryParam(param, value).get(path).then().statusCode(200)
                .extract().asString().split("\r\n");
    }

    @Test
    void interbandsMissionsExportAsTheApiShowsThem() throws IOException {
        List<JsonNode> missions = ndjson("/v1/exports/missions", "organizationId", MissionRequests.INTERBAND);
        assertThat(missions).hasSize(5);
        JsonNode mission2023 = missions.stream().filter(m -> m.path("id").asText().equals(MissionRequests.MISSION_2023))
                .findFirst().orElseThrow();
        assertThat(mission2023).isEqualTo(JSON.readTree(given().get("/v1/missions/" + MissionRequests.MISSION_2023).asString()));
        String[] rows = csvRows("/v1/exports/missions", "organizationId", MissionRequests.INTERBAND);
        assertThat(rows[0]).startsWith("id,organizationId,electionId,countryId,titleEn,status,");
        assertThat(rows).hasSize(6);
    }

    @Test
    void theReportsEngagementsAndFindingsExportByMission() throws IOException {
        assertThat(ndjson("/v1/exports/engagements", "missionId", MissionRequests.MISSION_2023)).hasSize(6);
        assertThat(csvRows("/v1/exports/findings", "missionId", MissionRequests.MISSION_2023)).hasSize(1 + 8);
        assertThat(csvRows("/v1/exports/engagements", "missionId", MissionRequests.MISSION_2023)[0])
                .isEqualTo("id,missionId,kind,startDate,endDate,divisionId,place,counterpartId,peopleMet,summaryEn,"
                        + "summaries,createdAt,updatedAt");
    }

    @Test
    void organisationsExportWithTheirClassification() {
        String[] rows = csvRows("/v1/exports/organizations", "q", "interband");
        assertThat(rows).hasSize(2);
        assertThat(rows[1]).startsWith(MissionRequests.INTERBAND + ",Interband,").contains(",OBSERVER_GROUP,JP,");
    }
}
