package org.observa.api.reference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;
import org.observa.api.support.Ids;

@QuarkusTest
class ReferenceExportsTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> ndjson(String body) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    @Test
    void divisionsStreamAsOneJsonObjectPerLineLikeTheApiShowsThem() throws IOException {
        Response export = given().accept("application/x-ndjson").queryParam("parentId", "KH")
                .get("/v1/exports/divisions").then().statusCode(200)
                .contentType("application/x-ndjson")
                .header("Content-Disposition", "attachment; filename=\"divisions.ndjson\"")
                .extract().response();
        List<JsonNode> lines = ndjson(export.asString());
        assertThat(lines).hasSize(25);
        JsonNode kampongThom = lines.stream().filter(l -> l.path("id").asText().equals("KH-6")).findFirst().orElseThrow();
        assertThat(kampongThom).isEqualTo(JSON.readTree(given().get("/v1/divisions/KH-6").asString()));
    }

    @Test
    void electionsExportAsCsvWithAHeaderRowAndOneRowPerElection() {
        String csv = given().accept("text/csv").queryParam("countryId", "KH").queryParam("type", "NATIONAL_ASSEMBLY")
                .get("/v1/exports/elections").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).startsWith("id,countryId,type,nameEn,pollingDate,");
        assertThat(rows).hasSize(1 + 4);
        assertThat(rows[1]).startsWith("kh-na-2023-07-23,KH,NATIONAL_ASSEMBLY,7th National Assembly election,2023-07-23,");
    }

    @Test
    void csvQuotesValuesWithCommasAndQuotes() {
        String id = "KH-6-" + Ids.segment();
        given().contentType(ContentType.JSON)
                .body(Map.of("id", id, "level", "DISTRICT", "parentId", "KH-6", "name", Map.of("en", "Say \"hi\", then go")))
                .post("/v1/divisions").then().statusCode(201);
        String csv = given().accept("text/csv").queryParam("q", "say \"hi\"").get("/v1/exports/divisions").asString();
        assertThat(csv.split("\r\n")[1]).startsWith(id + ",KH,DISTRICT,KH-6,\"Say \"\"hi\"\", then go\",");
    }

    @Test
    void anExportIsCompressedOnRequest() throws IOException {
        byte[] gzipped = given().accept("application/x-ndjson").header("Accept-Encoding", "gzip")
                .config(io.restassured.RestAssured.config().decoderConfig(
                        io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
                .get("/v1/exports/divisions").then().statusCode(200).header("Content-Encoding", "gzip")
                .extract().asByteArray();
        String body = new String(new GZIPInputStream(new ByteArrayInputStream(gzipped)).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ndjson(body)).extracting(l -> l.path("id").asText()).contains("KH", "KH-6", "KH-25");
    }

    @Test
    void theChangeCursorLeadsToChangesMadeAfterTheExport() {
        String cursor = given().accept("application/x-ndjson").get("/v1/exports/elections").then().statusCode(200)
                .extract().header("Observa-Change-Cursor");
        String id = "KH-6-" + Ids.segment();
        given().contentType(ContentType.JSON)
                .body(Map.of("id", id, "level", "DISTRICT", "parentId", "KH-6", "name", Map.of("en", "After export")))
                .post("/v1/divisions").then().statusCode(201);
        List<String> ids = given().queryParam("after", cursor).queryParam("pageSize", 500).get("/v1/changes")
                .then().statusCode(200).extract().path("items.id");
        assertThat(ids).contains(id);
    }

    @Test
    void filtersOfTheWrongTypeAreRefused() {
        given().accept("application/x-ndjson").queryParam("level", "VILLAGE").get("/v1/exports/divisions").then()
                .statusCode(400).body("errors[0].field", equalTo("level"));
    }

    @Test
    void anUnsupportedFormatIsA406() {
        given().accept("application/xml").get("/v1/exports/divisions").then().statusCode(406)
                .body("type", equalTo("/problems/not-acceptable"));
    }
}
