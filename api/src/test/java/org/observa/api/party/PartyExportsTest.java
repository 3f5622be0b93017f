package org.observa.api.party;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.observa.api.party.PartyRequests.CANDLELIGHT_2023;
import static org.observa.api.party.PartyRequests.CPP;
import static org.observa.api.party.PartyRequests.ELECTION_2023;
import static org.observa.api.party.PartyRequests.SOUP_KITCHEN;
import static org.observa.api.party.PartyRequests.createParty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

@QuarkusTest
class PartyExportsTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> ndjson(String body) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    @Test
    void partiesStreamAsOneJsonObjectPerLineLikeTheApiShowsThem() throws IOException {
        String body = given().accept("application/x-ndjson").queryParam("q", "cambodian people")
                .get("/v1/exports/parties").then().statusCode(200).contentType("application/x-ndjson")
                .header("Content-Disposition", "attachment; filename=\"parties.ndjson\"")
                .extract().asString();
        List<JsonNode> lines = ndjson(body);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).isEqualTo(JSON.readTree(given().get("/v1/parties/" + CPP).asString()));
    }

    @Test
    void partiesExportAsCsvWithTheDocumentedColumns() {
        String csv = given().accept("text/csv").queryParam("q", "KNUP").get("/v1/exports/parties").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).isEqualTo("id,countryId,nameEn,abbreviation,foundedOn,dissolvedOn,colour,logoUrl,"
                + "predecessorId,names,identifiers,sources,notes,createdAt,updatedAt");
        assertThat(rows).hasSize(2);
        assertThat(rows[1]).startsWith("1aa22f58-37e9-41d4-950f-7193d2cbb8d8,KH,Khmer National United Party,KNUP,,,,,,");
    }

    @Test
    void participationsOfAnElectionExportWithTheirPartysName() throws IOException {
        String csv = given().accept("text/csv").queryParam("electionId", ELECTION_2023).queryParam("status", "REJECTED")
                .get("/v1/exports/participations").then().statusCode(200).extract().asString();
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).startsWith("id,electionId,partyId,partyNameEn,partyAbbreviation,status,statusDate,reasonEn,");
        assertThat(rows).hasSize(2);
        assertThat(rows[1]).startsWith(CANDLELIGHT_2023 + ",kh-na-2023-07-23,37e5ea28-05f6-4c73-b66c-78466fdacb76,"
                + "Candlelight Party,,REJECTED,2023-05-15,The National Election Committee (NEC) rejected");
        String ndjson = given().accept("application/x-ndjson").queryParam("electionId", ELECTION_2023)
                .get("/v1/exports/participations").then().statusCode(200).extract().asString();
        List<JsonNode> lines = ndjson(ndjson);
        assertThat(lines).extracting(l -> l.path("partyName").path("en").asText()).containsExactly(
                "Cambodian People's Party", "FUNCINPEC", "Khmer National United Party", "Cambodian Youth Party",
                "Dharmacracy Party", "Farmer's Party", "Candlelight Party");
        assertThat(lines.get(6)).isEqualTo(JSON.readTree(given()
                .get("/v1/elections/" + ELECTION_2023 + "/participations/" + CANDLELIGHT_2023).asString()));
    }

    @Test
    void campaignObservationsExportCompressedOnRequest() throws IOException {
        byte[] gzipped = given().accept("application/x-ndjson").header("Accept-Encoding", "gzip")
                .config(io.restassured.RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .queryParam("partyId", CPP).queryParam("electionId", ELECTION_2023)
                .get("/v1/exports/campaign-observations").then().statusCode(200).header("Content-Encoding", "gzip")
                .extract().asByteArray();
        String body = new String(new GZIPInputStream(new ByteArrayInputStream(gzipped)).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(ndjson(body)).extracting(l -> l.path("id").asText()).contains(SOUP_KITCHEN);
        String csv = given().accept("text/csv").queryParam("missionId", PartyRequests.MISSION_2023)
                .get("/v1/exports/campaign-observations").then().statusCode(200).extract().asString();
        assertThat(csv.split("\r\n")[0]).isEqualTo("id,missionId,partyId,observedOn,observedUntil,divisionId,place,kind,"
                + "concerns,notesEn,notes,createdAt,updatedAt");
        assertThat(csv.split("\r\n")[1]).startsWith(SOUP_KITCHEN + ",aa35c7d2-16a8-4125-90c9-cfc0bd407c3c," + CPP
                + ",2023-07-13,2023-07-21,KH-12,Phnom Penh,DISTRIBUTION_OF_GOODS,[],");
    }

    @Test
    void theChangeCursorLeadsToPartiesCreatedAfterTheExport() {
        String cursor = given().accept("application/x-ndjson").get("/v1/exports/parties").then().statusCode(200)
                .extract().header("Observa-Change-Cursor");
        String id = createParty();
        List<String> ids = given().queryParam("after", cursor).queryParam("pageSize", 500).get("/v1/changes")
                .then().statusCode(200).extract().path("items.id");
        assertThat(ids).contains(id);
    }

    @Test
    void filtersOfTheWrongTypeAreRefused() {
        given().accept("application/x-ndjson").queryParam("status", "ELECTED").get("/v1/exports/participations")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().accept("text/csv").queryParam("activeOn", "soon").get("/v1/exports/parties").then().statusCode(400)
                .body("errors[0].field", equalTo("activeOn"));
        given().accept("application/x-ndjson").queryParam("missionId", "x").get("/v1/exports/campaign-observations")
                .then().statusCode(400).body("errors[0].field", equalTo("missionId"));
    }
}
