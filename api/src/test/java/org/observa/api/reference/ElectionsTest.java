package org.observa.api.reference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;
import org.observa.api.support.TestCountries;

@QuarkusTest
class ElectionsTest extends ApiTest {

    private static Map<String, Object> election(String countryId, String type, String pollingDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("countryId", countryId);
        body.put("type", type);
        body.put("name", Map.of("en", "A " + type.toLowerCase() + " election"));
        body.put("pollingDate", pollingDate);
        body.put("timeZone", "Asia/Phnom_Penh");
        return body;
    }

    @Test
    void theDemoDataHasThe2023NationalAssemblyElection() {
        given().get("/v1/elections/kh-na-2023-07-23").then().statusCode(200)
                .body("countryId", equalTo("KH"))
                .body("type", equalTo("NATIONAL_ASSEMBLY"))
                .body("pollingDate", equalTo("2023-07-23"))
                .body("pollsOpen", equalTo("07:00"))
                .body("pollsClose", equalTo("15:00"))
                .body("seats", equalTo(125))
                .body("constituencies", equalTo(25))
                .body("electoralSystem", equalTo("CLOSED_LIST_PROPORTIONAL"))
                .body("managementBody.abbreviation", equalTo("NEC"))
                .body("resultsStatus", equalTo("OFFICIAL"))
                .body("resultsAnnouncedOn", equalTo("2023-08-05"))
                .body("sources.citation", hasItem(org.hamcrest.Matchers.startsWith("Phnom Penh Post")));
    }

    @Test
    void cambodiasElectionsAreListedMostRecentFirst() {
        List<String> ids = given().queryParam("countryId", "KH").queryParam("type", "NATIONAL_ASSEMBLY")
                .get("/v1/elections").then().statusCode(200).extract().path("items.id");
        assertThat(ids).containsSubsequence("kh-na-2023-07-23", "kh-na-2018-07-29");
    }

    @Test
    void filtersByPollingDateRange() {
        given().queryParam("countryId", "KH").queryParam("from", "2018-01-01").queryParam("to", "2018-12-31")
                .get("/v1/elections").then().statusCode(200)
                .body("items.id", equalTo(List.of("kh-na-2018-07-29")));
    }

    @Test
    void pagingOverElectionsVisitsEachOnce() {
        String country = TestCountries.create();
        for (String date : List.of("2001-01-01", "2002-01-01", "2003-01-01")) {
            given().contentType(ContentType.JSON).body(election(country, "SENATE", date)).post("/v1/elections")
                    .then().statusCode(201);
        }
        var first = given().queryParam("countryId", country).queryParam("pageSize", 2).get("/v1/elections");
        first.then().statusCode(200).body("items", hasSize(2));
        var second = given().queryParam("countryId", country).queryParam("pageSize", 2)
                .queryParam("pageToken", first.path("nextPageToken").toString()).get("/v1/elections");
        second.then().statusCode(200).body("items", hasSize(1)).body("nextPageToken", nullValue());
        List<String> all = new java.util.ArrayList<>(first.path("items.id"));
        all.addAll(second.path("items.id"));
        String prefix = country.toLowerCase() + "-senate-";
        assertThat(all).containsExactly(prefix + "2003-01-01", prefix + "2002-01-01", prefix + "2001-01-01");
    }

    @Test
    void theKeyIsDerivedFromCountryTypeAndDate() {
        String country = TestCountries.create();
        given().contentType(ContentType.JSON).body(election(country, "COMMUNE", "2022-06-05"))
                .post("/v1/elections").then().statusCode(201)
                .header("Location", endsWith("/v1/elections/" + country.toLowerCase() + "-commune-2022-06-05"))
                .body("id", equalTo(country.toLowerCase() + "-commune-2022-06-05"))
                .body("sources", hasSize(0));
    }

    @Test
    void theSameElectionCannotBeCreatedTwice() {
        given().contentType(ContentType.JSON).body(election("KH", "NATIONAL_ASSEMBLY", "2023-07-23"))
                .post("/v1/elections").then().statusCode(409)
                .body("detail", equalTo("There is already an election 'kh-na-2023-07-23'."));
    }

    @Test
    void theCountryMustBeACountry() {
        given().contentType(ContentType.JSON).body(election("ZZ", "COMMUNE", "2022-06-05"))
                .post("/v1/elections").then().statusCode(400)
                .body("errors.find { it.field == 'countryId' }.message", equalTo("there is no division 'ZZ'"));
    }

    @Test
    void inconsistentFactsAreAllReported() {
        Map<String, Object> body = election("KH", "PROVINCIAL", "2024-05-26");
        body.put("timeZone", "Mars/Olympus_Mons");
        body.put("pollsOpen", "15:00");
        body.put("pollsClose", "07:00");
        body.put("seats", 10);
        body.put("constituencies", 20);
        body.put("resultsAnnouncedOn", "2024-01-01");
        body.put("sources", List.of(Map.of("citation", "x", "url", "ftp://example.org/report")));
        given().contentType(ContentType.JSON).body(body).post("/v1/elections").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("timeZone", "pollsClose", "constituencies",
                        "resultsStatus", "resultsAnnouncedOn", "sources[0].url"));
    }

    @Test
    void badValuesAgainstTheContractAreRefused() {
        Map<String, Object> body = election("KH", "PROVINCIAL", "2024-05-26");
        body.put("pollsOpen", "7 am");
        body.put("seats", 0);
        given().contentType(ContentType.JSON).body(body).post("/v1/elections").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("pollsOpen", "seats"));
    }

    @Test
    void anUnknownTypeIsRefusedNamingTheAllowedValues() {
        given().contentType(ContentType.JSON).body(election("KH", "MAYOR", "2024-05-26"))
                .post("/v1/elections").then().statusCode(400)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", equalTo(
                        "must be one of NATIONAL_ASSEMBLY, SENATE, PRESIDENTIAL, PROVINCIAL, COMMUNE, REFERENDUM, not 'MAYOR'"));
    }

    @Test
    void resultsBecomeOfficialByMergePatch() {
        String country = TestCountries.create();
        String id = given().contentType(ContentType.JSON).body(election(country, "PRESIDENTIAL", "2024-03-03"))
                .post("/v1/elections").then().statusCode(201).extract().path("id");
        String etag = given().get("/v1/elections/" + id).header("ETag");
        given().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("resultsStatus", "OFFICIAL", "resultsAnnouncedOn", "2024-03-10", "seats", 1))
                .patch("/v1/elections/" + id).then().statusCode(200)
                .body("resultsStatus", equalTo("OFFICIAL"))
                .body("resultsAnnouncedOn", equalTo("2024-03-10"))
                .body("seats", equalTo(1))
                .body("name.en", equalTo("A presidential election"));
    }

    @Test
    void countryAndTypeCannotChangeButThePollingDateCanWhileTheIdStays() {
        String country = TestCountries.create();
        String id = given().contentType(ContentType.JSON).body(election(country, "SENATE", "2024-02-25"))
                .post("/v1/elections").then().statusCode(201).extract().path("id");
        given().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("countryId", "KH", "type", "COMMUNE"))
                .patch("/v1/elections/" + id).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("countryId", "type"));
        given().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("pollingDate", "2024-03-03"))
                .patch("/v1/elections/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("pollingDate", equalTo("2024-03-03"));
    }

    @Test
    void anElectionIsDeletedWithItsEtagAndPreconditionsAreEnforced() {
        String country = TestCountries.create();
        String id = given().contentType(ContentType.JSON).body(election(country, "REFERENDUM", "2024-09-09"))
                .post("/v1/elections").then().statusCode(201).extract().path("id");
        given().delete("/v1/elections/" + id).then().statusCode(428);
        given().header("If-Match", "\"stale\"").delete("/v1/elections/" + id).then().statusCode(412);
        String etag = given().get("/v1/elections/" + id).header("ETag");
        given().header("If-Match", etag).delete("/v1/elections/" + id).then().statusCode(204);
        given().get("/v1/elections/" + id).then().statusCode(404);
        given().queryParam("countryId", country).get("/v1/elections").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void searchFindsElectionsByName() {
        given().queryParam("q", "7th national").get("/v1/elections").then().statusCode(200)
                .body("items.id", equalTo(List.of("kh-na-2023-07-23")))
                .body("items.countryId", everyItem(equalTo("KH")));
    }
}
