package org.observa.api.recommendation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.observa.api.recommendation.RecommendationRequests.EARLIER_PROPOSAL;
import static org.observa.api.recommendation.RecommendationRequests.EXPORTING_EXPERIENCE_2023;
import static org.observa.api.recommendation.RecommendationRequests.INTERBAND;
import static org.observa.api.recommendation.RecommendationRequests.PROPOSAL_ASSESSED_2023;
import static org.observa.api.recommendation.RecommendationRequests.TRANSPARENT_INK_2023;
import static org.observa.api.recommendation.RecommendationRequests.VOTER_REGISTRATION_2023;
import static org.observa.api.recommendation.RecommendationRequests.assess;
import static org.observa.api.recommendation.RecommendationRequests.assessmentBy;
import static org.observa.api.recommendation.RecommendationRequests.assessments;
import static org.observa.api.recommendation.RecommendationRequests.country;
import static org.observa.api.recommendation.RecommendationRequests.create;
import static org.observa.api.recommendation.RecommendationRequests.organizationOf;
import static org.observa.api.recommendation.RecommendationRequests.path;
import static org.observa.api.recommendation.RecommendationRequests.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

@QuarkusTest
class RecommendationExportsTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> ndjson(String body) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    @Test
    void recommendationsStreamAsOneJsonObjectPerLineLikeTheApiShowsThem() throws IOException {
        String body = given().accept("application/x-ndjson").queryParam("countryId", "KH")
                .get("/v1/exports/recommendations").then().statusCode(200)
                .contentType("application/x-ndjson")
                .header("Content-Disposition", "attachment; filename=\"recommendations.ndjson\"")
                .header("Observa-Change-Cursor", notNullValue())
                .extract().asString();
        List<JsonNode> lines = ndjson(body);
        assertThat(lines).extracting(l -> l.path("id").asText()).containsExactly(EARLIER_PROPOSAL,
                VOTER_REGISTRATION_2023, EXPORTING_EXPERIENCE_2023, TRANSPARENT_INK_2023);
        assertThat(lines.get(1)).isEqualTo(JSON.readTree(given().get(path(VOTER_REGISTRATION_2023)).asString()));
    }

    @Test
    void recommendationsExportAsCsvWithTheDocumentedColumns() {
        String csv = given().accept("text/csv").queryParam("countryId", "KH").queryParam("phase", "POLLING")
                .get("/v1/exports/recommendations").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).isEqualTo("id,missionId,countryId,number,titleEn,textEn,addresseeKinds,addressees,phase,"
                + "priority,follows,status,sourceCitation,sourcePage,notes,titles,texts,source,createdAt,updatedAt");
        assertThat(rows).hasSize(2);
        assertThat(rows[1]).startsWith(TRANSPARENT_INK_2023 + ",aa35c7d2-16a8-4125-90c9-cfc0bd407c3c,KH,3,"
                + "Changing to transparent ink,");
        assertThat(rows[1]).contains(",ELECTION_MANAGEMENT_BODY,\"[{\"\"kind\"\":\"\"ELECTION_MANAGEMENT_BODY\"\"}]\",POLLING,,,NOT_ASSESSED,");
    }

    @Test
    void theAddresseeFilterAppliesToTheExportToo() throws IOException {
        String body = given().accept("application/x-ndjson").queryParam("countryId", "KH")
                .queryParam("addressee", "GOVERNMENT_OF_HOST_COUNTRY").get("/v1/exports/recommendations").then()
                .statusCode(200).extract().asString();
        assertThat(ndjson(body)).extracting(l -> l.path("id").asText())
                .containsExactly(EARLIER_PROPOSAL, EXPORTING_EXPERIENCE_2023);
    }

    @Test
    void assessmentsExportByCountryOrganisationAndStatus() throws IOException {
        String missionId = country().mission("2020-05-20");
        String recommendationId = create(recommendation(missionId, 1));
        String id = assess(recommendationId, assessmentBy(missionId, "2020-05-25", "NO_LONGER_RELEVANT"));

        // The mission's organisation is the test's own, so it made this assessment alone.
        String body = given().accept("application/x-ndjson").queryParam("countryId", country().id())
                .queryParam("organizationId", organizationOf(missionId)).get("/v1/exports/assessments").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"assessments.ndjson\"").extract().asString();
        List<JsonNode> lines = ndjson(body);
        assertThat(lines).extracting(l -> l.path("id").asText()).containsExactly(id);
        assertThat(lines.get(0)).isEqualTo(JSON.readTree(given().get(assessments(recommendationId) + "/" + id).asString()));

        String kh = given().accept("application/x-ndjson").queryParam("countryId", "KH")
                .queryParam("organizationId", INTERBAND).queryParam("status", "FULLY_IMPLEMENTED")
                .get("/v1/exports/assessments").then().statusCode(200).extract().asString();
        assertThat(ndjson(kh)).extracting(l -> l.path("id").asText()).containsExactly(PROPOSAL_ASSESSED_2023);
    }

    @Test
    void assessmentsExportAsCsv() {
        String csv = given().accept("text/csv").queryParam("countryId", "KH").get("/v1/exports/assessments").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).isEqualTo("id,recommendationId,assessedOn,missionId,organizationId,status,rationaleEn,"
                + "rationales,evidence,createdAt,updatedAt");
        assertThat(rows).hasSize(2);
        assertThat(rows[1]).startsWith(PROPOSAL_ASSESSED_2023 + "," + EARLIER_PROPOSAL
                + ",2023-07-23,aa35c7d2-16a8-4125-90c9-cfc0bd407c3c," + INTERBAND + ",FULLY_IMPLEMENTED,");
    }

    @Test
    void filtersOfTheWrongTypeAreRefusedAndAnUnsupportedFormatIsA406() {
        given().accept("application/x-ndjson").queryParam("status", "NOT_ASSESSED").get("/v1/exports/assessments")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().accept("application/x-ndjson").queryParam("missionId", "x").get("/v1/exports/recommendations")
                .then().statusCode(400).body("errors[0].field", equalTo("missionId"));
        given().accept("application/xml").get("/v1/exports/recommendations").then().statusCode(406)
                .body("type", equalTo("/problems/not-acceptable"));
    }

    @Test
    void anUnknownCountryExportsNothing() {
        String body = given().accept("application/x-ndjson").queryParam("countryId", "ZZ")
                .get("/v1/exports/recommendations").then().statusCode(200).extract().asString();
        assertThat(body).isBlank();
    }
}
