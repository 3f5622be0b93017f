package org.observa.api.pollingstation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.observa.api.pollingstation.PollingRequests.KRAYEA_HIGH_SCHOOL;
import static org.observa.api.pollingstation.PollingRequests.MERGE_PATCH;
import static org.observa.api.pollingstation.PollingRequests.PROBLEM;
import static org.observa.api.pollingstation.PollingRequests.centre;
import static org.observa.api.pollingstation.PollingRequests.createCentre;
import static org.observa.api.pollingstation.PollingRequests.createElection;
import static org.observa.api.pollingstation.PollingRequests.createStation;
import static org.observa.api.pollingstation.PollingRequests.etagOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

@QuarkusTest
class PollingCentresTest extends ApiTest {

    private String election;

    @BeforeEach
    void anElectionOfItsOwn() {
        election = createElection();
    }

    private static String district() {
        String id = "KH-6-" + org.observa.api.support.Ids.segment();
        given().contentType(ContentType.JSON)
                .body(Map.of("id", id, "level", "DISTRICT", "parentId", "KH-6", "name", Map.of("en", "District " + id)))
                .post("/v1/divisions").then().statusCode(201);
        return id;
    }

    @Test
    void aCentreIsCreatedWithLocationAndEtagAndReadBack() {
        Map<String, Object> body = centre(election, "KH-6");
        body.put("name", Map.of("en", "Krayea High School", "km", "វិទ្យាល័យក្រយា"));
        body.put("address", "Krayea");
        body.put("location", Map.of("latitude", 12.63, "longitude", 105.14));
        var created = given().contentType(ContentType.JSON).body(body).post("/v1/polling-centres").then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("electionId", equalTo(election))
                .body("name.km", equalTo("វិទ្យាល័យក្រយា"))
                .body("location.latitude", equalTo(12.63f))
                .body("sources", hasSize(0))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/v1/polling-centres/" + id);
        given().header("If-None-Match", created.header("ETag")).get("/v1/polling-centres/" + id).then().statusCode(304);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        Map<String, Object> body = centre("kh-na-1900-01-01", "KH-99");
        body.put("location", Map.of("latitude", 95, "longitude", 105));
        given().contentType(ContentType.JSON).body(body).post("/v1/polling-centres").then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", equalTo(List.of("location.latitude")));
        body.put("location", Map.of("latitude", 12, "longitude", 105));
        given().contentType(ContentType.JSON).body(body).post("/v1/polling-centres").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("electionId", "divisionId"));
    }

    @Test
    void aDivisionOutsideTheElectionsCountryIsRefused() {
        String country = org.observa.api.support.TestCountries.create();
        given().contentType(ContentType.JSON).body(centre(election, country)).post("/v1/polling-centres").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("divisionId"))
                .body("errors[0].message", equalTo("is in '" + country + "', not in the election's country 'KH'"));
    }

    @Test
    void unknownPropertiesAreRefused() {
        Map<String, Object> body = centre(election, "KH-6");
        body.put("capacity", 4);
        given().contentType(ContentType.JSON).body(body).post("/v1/polling-centres").then().statusCode(400)
                .body("errors[0].field", equalTo("capacity"));
    }

    @Test
    void aDivisionFilterMatchesTheDivisionAndEverythingUnderIt() {
        String district = district();
        String inProvince = createCentre(election, "KH-6");
        String inDistrict = createCentre(election, district);
        String elsewhere = createCentre(election, "KH-12");
        List<String> ids = given().queryParam("electionId", election).queryParam("divisionId", "KH-6")
                .get("/v1/polling-centres").then().statusCode(200).extract().path("items.id");
        assertThat(ids).containsExactlyInAnyOrder(inProvince, inDistrict).doesNotContain(elsewhere);
        given().queryParam("electionId", election).queryParam("divisionId", district).get("/v1/polling-centres").then()
                .body("items.id", equalTo(List.of(inDistrict)));
        // KH-1 is not a prefix of KH-12's centres: only whole code segments match.
        given().queryParam("electionId", election).queryParam("divisionId", "KH-1").get("/v1/polling-centres").then()
                .body("items", hasSize(0));
    }

    @Test
    void searchFindsNamesAndAddresses() {
        Map<String, Object> body = centre(election, "KH-6");
        body.put("address", "Near the Stueng Saen bridge");
        String id = PollingRequests.created("/v1/polling-centres", body);
        given().queryParam("electionId", election).queryParam("q", "STUENG saen").get("/v1/polling-centres").then()
                .body("items.id", equalTo(List.of(id)));
    }

    @Test
    void pagesFollowTheLinkHeaderInNameOrder() {
        for (int i = 0; i < 5; i++) {
            createCentre(election, "KH-6");
        }
        Response first = given().queryParam("electionId", election).queryParam("pageSize", 3)
                .get("/v1/polling-centres").then().statusCode(200).body("items", hasSize(3)).extract().response();
        String link = first.header("Link");
        assertThat(link).startsWith("</v1/polling-centres?").endsWith(">; rel=\"next\"");
        List<String> names = new java.util.ArrayList<>(first.path("items.name.en"));
        names.addAll(given().get(link.substring(1, link.indexOf('>'))).then().statusCode(200)
                .body("items", hasSize(2)).body("nextPageToken", org.hamcrest.Matchers.nullValue())
                .extract().path("items.name.en"));
        assertThat(names).hasSize(5).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void aPageAsGeoJsonHoldsTheLocatedCentresLongitudeFirst() throws IOException {
        Map<String, Object> located = centre(election, "KH-6");
        located.put("location", Map.of("latitude", 12.7111, "longitude", 104.8887));
        String id = PollingRequests.created("/v1/polling-centres", located);
        createCentre(election, "KH-6");
        String body = given().accept("application/geo+json").queryParam("electionId", election)
                .get("/v1/polling-centres").then().statusCode(200).contentType("application/geo+json")
                .extract().asString();
        JsonNode geoJson = new ObjectMapper().readTree(body);
        assertThat(geoJson.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(geoJson.path("features")).hasSize(1);
        JsonNode feature = geoJson.path("features").get(0);
        assertThat(feature.path("type").asText()).isEqualTo("Feature");
        assertThat(feature.path("id").asText()).isEqualTo(id);
        assertThat(feature.path("geometry").path("type").asText()).isEqualTo("Point");
        assertThat(feature.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(104.8887);
        assertThat(feature.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(12.7111);
        assertThat(feature.path("properties").path("id").asText()).isEqualTo(id);
        assertThat(feature.path("properties").has("location")).isFalse();
    }

    @Test
    void aPageAsCsvHasAHeaderAndARowPerCentre() {
        createCentre(election, "KH-6");
        createCentre(election, "KH-6");
        String csv = given().accept("text/csv").queryParam("electionId", election).get("/v1/polling-centres").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).isEqualTo("id,electionId,divisionId,nameEn,names,address,latitude,longitude,notes,sources,"
                + "createdAt,updatedAt");
        assertThat(rows).hasSize(3);
        assertThat(rows[1]).contains("," + election + ",KH-6,School ");
    }

    @Test
    void anUnsupportedFormatIsA406() {
        given().accept("application/xml").get("/v1/polling-centres").then().statusCode(406).contentType(PROBLEM)
                .body("type", equalTo("/problems/not-acceptable"));
    }

    @Test
    void aCentreMovedToAnotherDivisionTakesItsStationsAlong() {
        String centre = createCentre(election, "KH-6");
        String station = createStation(centre, "1");
        String before = given().get("/v1/polling-stations/" + station).then().extract().path("updatedAt");
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/polling-centres/" + centre))
                .body(Map.of("divisionId", "KH-12")).patch("/v1/polling-centres/" + centre).then().statusCode(200)
                .body("divisionId", equalTo("KH-12"));
        given().get("/v1/polling-stations/" + station).then()
                .body("divisionId", equalTo("KH-12"))
                .body("updatedAt", org.hamcrest.Matchers.not(equalTo(before)));
    }

    @Test
    void theElectionOfACentreCannotChange() {
        String centre = createCentre(election, "KH-6");
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/polling-centres/" + centre))
                .body(Map.of("electionId", "kh-na-2018-07-29")).patch("/v1/polling-centres/" + centre).then()
                .statusCode(400).body("errors[0].field", equalTo("electionId"));
    }

    @Test
    void aMergePatchRemovesTheLocationWithNull() {
        Map<String, Object> body = centre(election, "KH-6");
        body.put("location", Map.of("latitude", 12.7, "longitude", 104.9));
        String centre = PollingRequests.created("/v1/polling-centres", body);
        java.util.HashMap<String, Object> patch = new java.util.HashMap<>();
        patch.put("location", null);
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/polling-centres/" + centre)).body(patch)
                .patch("/v1/polling-centres/" + centre).then().statusCode(200)
                .body("location", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void updatesAndDeletesNeedTheCurrentEtag() {
        String centre = createCentre(election, "KH-6");
        given().contentType(MERGE_PATCH).body(Map.of("address", "x")).patch("/v1/polling-centres/" + centre).then()
                .statusCode(428).body("type", equalTo("/problems/precondition-required"));
        given().header("If-Match", "\"stale\"").delete("/v1/polling-centres/" + centre).then().statusCode(412)
                .body("type", equalTo("/problems/precondition-failed"));
    }

    @Test
    void aCentreWithStationsIsNotDeletedAndAnEmptyOneIs() {
        String centre = createCentre(election, "KH-6");
        String station = createStation(centre, "7");
        given().header("If-Match", etagOf("/v1/polling-centres/" + centre)).delete("/v1/polling-centres/" + centre)
                .then().statusCode(409).contentType(PROBLEM).body("type", equalTo("/problems/conflict"))
                .body("detail", equalTo("Polling centre '" + centre + "' still has polling stations; delete or move them first."));
        given().header("If-Match", etagOf("/v1/polling-stations/" + station)).delete("/v1/polling-stations/" + station)
                .then().statusCode(204);
        given().header("If-Match", etagOf("/v1/polling-centres/" + centre)).delete("/v1/polling-centres/" + centre)
                .then().statusCode(204);
        given().get("/v1/polling-centres/" + centre).then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void aDemoCentreHasItsFixedId() {
        given().get("/v1/polling-centres/" + KRAYEA_HIGH_SCHOOL).then().statusCode(200)
                .body("name.en", equalTo("Krayea High School"));
    }

    @Test
    void aMalformedIdIsA400NamingIt() {
        given().get("/v1/polling-centres/not-a-uuid").then().statusCode(400).body("errors[0].field", equalTo("centreId"));
    }
}
