package org.observa.api.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

@QuarkusTest
class RegistryExportsTest extends ApiTest {

    @Test
    void cambodiasSnapshotsExportWithTheirDerivedValuesAndFlags() throws IOException {
        String[] rows = given().accept("text/csv").queryParam("divisionId", "KH").get("/v1/exports/registry-snapshots")
                .then().statusCode(200).extract().asString().split("\r\n");
        assertThat(rows[0]).startsWith("id,divisionId,referenceDate,electionId,population,");
        assertThat(rows).hasSize(1 + 4);
        assertThat(rows[1]).contains(",2023-07-23,kh-na-2023-07-23,").contains(",84.59,");
        assertThat(rows[3]).contains(",2018-07-29,").contains(",REGISTRY_SHRINKS_WHILE_POPULATION_GROWS,");

        String ndjson = given().accept("application/x-ndjson").queryParam("divisionId", "KH")
                .get("/v1/exports/registry-snapshots").then().statusCode(200).extract().asString();
        var first = new ObjectMapper().readTree(ndjson.split("\n")[0]);
        assertThat(first).isEqualTo(new ObjectMapper().readTree(
                given().get("/v1/registry-snapshots/" + first.path("id").asText()).asString()));
    }
}
