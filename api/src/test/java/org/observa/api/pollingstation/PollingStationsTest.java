package org.observa.api.pollingstation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.observa.api.pollingstation.PollingRequests.MERGE_PATCH;
import static org.observa.api.pollingstation.PollingRequests.PROBLEM;
import static org.observa.api.pollingstation.PollingRequests.createCentre;
import static org.observa.api.pollingstation.PollingRequests.createElection;
import static org.observa.api.pollingstation.PollingRequests.createMission;
import static org.observa.api.pollingstation.PollingRequests.createStation;
import static org.observa.api.pollingstation.PollingRequests.createVisit;
import static org.observa.api.pollingstation.PollingRequests.etagOf;
import static org.observa.api.pollingstation.PollingRequests.pollingDayOf;
import static org.observa.api.pollingstation.PollingRequests.station;
import static org.observa.api.pollingstation.PollingRequests.visit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.observa.api.support.ApiTest;

@QuarkusTest
class PollingStationsTest extends ApiTest {

    private String election;
    private String centre;

    @BeforeEach
    void anElectionAndACentreOfItsOwn() {
        election = createElection();
        centre = createCentre(election, "KH-6");
    }

    private String located(String number, double latitude, double longitude) {
        Map<String, Object> body = station(centre, number);
        body.put("location", Map.of("latitude", latitude, "longitude", longitude));
        return PollingRequests.created("/v1/polling-stations", body);
    }

    @Test
    void aStationTakesItsElectionAndDivisionFromItsCentre() {
        Map<String, Object> body = station(centre, "1069");
        body.put("registeredVoters", 612);
        var created = given().contentType(ContentType.JSON).body(body).post("/v1/polling-stations").then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("electionId", equalTo(election))
                .body("divisionId", equalTo("KH-6"))
                .body("centreId", equalTo(centre))
                .body("number", equalTo("1069"))
                .body("registeredVoters", equalTo(612))
                .extract();
        assertThat(created.header("Location")).endsWith("/v1/polling-stations/" + created.path("id"));
    }

    @Test
    void aDuplicateNumberIsAConflictNamingTheExistingStation() {
        String first = createStation(centre, "409");
        String otherCentre = createCentre(election, "KH-12");
        given().contentType(ContentType.JSON).body(station(otherCentre, "409")).post("/v1/polling-stations").then()
                .statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("/problems/conflict"))
                .body("detail", equalTo("There is already a polling station numbered '409' in election '" + election
                        + "': station '" + first + "' at /v1/polling-stations/" + first + "."));
    }

    @Test
    void numbersAreTextComparedExactly() {
        createStation(centre, "409");
        createStation(centre, "0409");
        createStation(centre, "12a");
        createStation(centre, "12A");
        given().queryParam("electionId", election).queryParam("number", "12A").get("/v1/polling-stations").then()
                .body("items.number", equalTo(List.of("12A")));
    }

    @Test
    void aNumberOfAnotherShapeIsRefused() {
        given().contentType(ContentType.JSON).body(station(centre, "12 A")).post("/v1/polling-stations").then()
                .statusCode(400).body("errors[0].field", equalTo("number"));
    }

    @Test
    void anUnknownCentreIsNamed() {
        String unknown = "00000000-0000-4000-8000-000000000000";
        given().contentType(ContentType.JSON).body(station(unknown, "1")).post("/v1/polling-stations").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("centreId"))
                .body("errors[0].message", equalTo("there is no polling centre '" + unknown + "'"));
    }

    @Test
    void stationsAreListedInNaturalNumberOrderAcrossPages() {
        for (String number : List.of("1067", "358", "12B", "12A", "2", "101")) {
            createStation(centre, number);
        }
        List<String> numbers = new ArrayList<>();
        String token = null;
        do {
            var request = given().queryParam("electionId", election).queryParam("pageSize", 4);
            if (token != null) {
                request.queryParam("pageToken", token);
            }
            Response page = request.get("/v1/polling-stations").then().statusCode(200).extract().response();
            numbers.addAll(page.path("items.number"));
            token = page.path("nextPageToken");
        } while (token != null);
        assertThat(numbers).containsExactly("2", "12A", "12B", "101", "358", "1067");
    }

    @Test
    void pagesWithoutAnElectionFilterFollowTheSameOrder() {
        for (String number : List.of("30", "4", "100")) {
            createStation(centre, number);
        }
        List<String> numbers = new ArrayList<>();
        String token = null;
        do {
            var request = given().queryParam("centreId", centre).queryParam("pageSize", 1);
            if (token != null) {
                request.queryParam("pageToken", token);
            }
            Response page = request.get("/v1/polling-stations").then().statusCode(200).extract().response();
            numbers.addAll(page.path("items.number"));
            token = page.path("nextPageToken");
        } while (token != null);
        assertThat(numbers).containsExactly("4", "30", "100");
    }

    @Test
    void aBoundingBoxKeepsTheStationsInsideIt() {
        String stuengSaen = located("1", 12.7111, 104.8887);
        located("2", 11.5564, 104.9282);
        createStation(centre, "3");
        given().queryParam("electionId", election).queryParam("bbox", "104.2,12.2,105.6,13.4")
                .get("/v1/polling-stations").then().statusCode(200).body("items.id", equalTo(List.of(stuengSaen)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "104.2,12.2,105.6 | must be four numbers minLon,minLat,maxLon,maxLat, not 3 values",
            "104.2,north,105.6,13.4 | must be four numbers minLon,minLat,maxLon,maxLat; 'north' is not a number",
            "104.2,12.2,185,13.4 | longitudes must be between -180 and 180 degrees",
            "105.6,12.2,104.2,13.4 | minimum must not exceed maximum (minLon <= maxLon, minLat <= maxLat); a box across the 180th meridian is two requests"})
    void aWrongBoundingBoxIsA400NamingIt(String bbox, String message) {
        given().queryParam("bbox", bbox).get("/v1/polling-stations").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", equalTo(List.of("bbox")))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void aPageAsGeoJsonHoldsTheLocatedStationsLongitudeFirst() throws IOException {
        String stuengSaen = located("1", 12.7111, 104.8887);
        createStation(centre, "2");
        String body = given().accept("application/geo+json").queryParam("electionId", election)
                .get("/v1/polling-stations").then().statusCode(200).contentType("application/geo+json")
                .extract().asString();
        JsonNode geoJson = new ObjectMapper().readTree(body);
        assertThat(geoJson.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(geoJson.path("features")).hasSize(1);
        JsonNode feature = geoJson.path("features").get(0);
        assertThat(feature.path("id").asText()).isEqualTo(stuengSaen);
        assertThat(feature.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(104.8887);
        assertThat(feature.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(12.7111);
        assertThat(feature.path("properties").path("number").asText()).isEqualTo("1");
        assertThat(feature.path("properties").has("location")).isFalse();
    }

    @Test
    void geoJsonPagesLeadOnThroughTheLinkHeader() {
        located("1", 12.71, 104.88);
        located("2", 12.72, 104.89);
        Response first = given().accept("application/geo+json").queryParam("electionId", election)
                .queryParam("pageSize", 1).get("/v1/polling-stations").then().statusCode(200).extract().response();
        String link = first.header("Link");
        assertThat(link).contains("pageToken=");
        given().accept("application/geo+json").get(link.substring(1, link.indexOf('>'))).then().statusCode(200)
                .body("features[0].properties.number", equalTo("2"));
    }

    @Test
    void aPageAsCsvHasAHeaderAndARowPerStation() {
        located("1", 12.7111, 104.8887);
        createStation(centre, "2");
        String csv = given().accept("text/csv").queryParam("electionId", election).get("/v1/polling-stations").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).isEqualTo("id,electionId,centreId,divisionId,number,registeredVoters,latitude,longitude,"
                + "notes,sources,createdAt,updatedAt");
        assertThat(rows).hasSize(3);
        assertThat(rows[1]).contains("," + election + "," + centre + ",KH-6,1,,12.7111,104.8887,,[],");
        assertThat(rows[2]).contains(",KH-6,2,,,,,[],");
    }

    @Test
    void aStationMovesOnlyToACentreOfItsOwnElection() {
        String station = createStation(centre, "5");
        String phnomPenh = createCentre(election, "KH-12");
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/polling-stations/" + station))
                .body(Map.of("centreId", phnomPenh)).patch("/v1/polling-stations/" + station).then().statusCode(200)
                .body("divisionId", equalTo("KH-12"));
        String otherCentre = createCentre(createElection(), "KH-6");
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/polling-stations/" + station))
                .body(Map.of("centreId", otherCentre)).patch("/v1/polling-stations/" + station).then().statusCode(400)
                .body("errors[0].field", equalTo("centreId"));
    }

    @Test
    void renumberingOntoAnotherStationIsAConflict() {
        createStation(centre, "8");
        String station = createStation(centre, "9");
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/polling-stations/" + station))
                .body(Map.of("number", "8")).patch("/v1/polling-stations/" + station).then().statusCode(409);
        given().get("/v1/polling-stations/" + station).then().body("number", equalTo("9"));
    }

    @Test
    void registeredVotersAreRemovedWithNull() {
        Map<String, Object> body = station(centre, "11");
        body.put("registeredVoters", 500);
        String station = PollingRequests.created("/v1/polling-stations", body);
        java.util.HashMap<String, Object> patch = new java.util.HashMap<>();
        patch.put("registeredVoters", null);
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/polling-stations/" + station)).body(patch)
                .patch("/v1/polling-stations/" + station).then().statusCode(200).body("registeredVoters", nullValue());
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/polling-stations/" + station))
                .body(Map.of("registeredVoters", -1)).patch("/v1/polling-stations/" + station).then().statusCode(400)
                .body("errors[0].field", equalTo("registeredVoters"));
    }

    @Test
    void aVisitedStationIsNotDeleted() {
        String station = createStation(centre, "12");
        createVisit(visit(createMission(election), station, pollingDayOf(election)));
        given().header("If-Match", etagOf("/v1/polling-stations/" + station)).delete("/v1/polling-stations/" + station)
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", equalTo("Polling station '" + station
                        + "' has been visited by observers; delete its station visits first."));
    }

    @Test
    void anUnknownStationIsA404() {
        given().get("/v1/polling-stations/00000000-0000-4000-8000-000000000000").then().statusCode(404)
                .body("type", equalTo("/problems/not-found"))
                .body("detail", equalTo("There is no polling station '00000000-0000-4000-8000-000000000000'."));
    }

    @Test
    void anElectionWithStationsIsNotDeleted() {
        createStation(centre, "13");
        given().header("If-Match", etagOf("/v1/elections/" + election)).delete("/v1/elections/" + election).then()
                .statusCode(409).body("type", equalTo("/problems/conflict"));
    }

    @Test
    void aListFilterOfTheWrongTypeIsA400() {
        given().queryParam("centreId", "school-7").get("/v1/polling-stations").then().statusCode(400)
                .body("errors[0].field", equalTo("centreId"));
        given().queryParam("electionId", election).queryParam("pageSize", 0).get("/v1/polling-stations").then()
                .statusCode(400).body("errors[0].field", equalTo("pageSize"));
    }

    @Test
    void unknownFilterValuesGiveAnEmptyPage() {
        given().queryParam("electionId", "xx-na-1900-01-01").get("/v1/polling-stations").then().statusCode(200)
                .body("items", hasSize(0));
    }
}
