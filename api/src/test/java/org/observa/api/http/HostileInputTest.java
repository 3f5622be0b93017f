package org.observa.api.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.observa.api.mission.MissionRequests;
import org.observa.api.support.ApiTest;
import org.observa.api.support.TestCountries;

/**
 * Each hostile input the hardening review found, as it was reported: a 400 (or 414, 415, 431) problem
 * document naming what was wrong, never a 5xx, and nothing stored.
 */
@QuarkusTest
class HostileInputTest extends ApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    @TestHTTPResource("/")
    URL base;

    private static final String NUL_TEXT = "must not contain the NUL character (U+0000)";

    @Nested
    class TheNulCharacter {

        @Test
        void inAPathIdIsA400NamingIt() {
            given().urlEncodingEnabled(false).get("/v1/divisions/KH%00").then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo("divisionId"))
                    .body("errors[0].message", equalTo(NUL_TEXT));
        }

        @Test
        void inAQueryParameterIsA400NamingIt() {
            given().urlEncodingEnabled(false).get("/v1/elections?q=KH%00x").then().statusCode(400)
                    .body("errors[0].field", equalTo("q")).body("errors[0].message", equalTo(NUL_TEXT));
            given().urlEncodingEnabled(false).get("/v1/missions?q=a%00b").then().statusCode(400)
                    .body("errors[0].field", equalTo("q"));
        }

        @Test
        void inABodyIsA400NamingTheField() {
            given().contentType(ContentType.JSON)
                    .body("{\"name\": {\"en\": \"a\\u0000b\"}, \"classification\": \"OBSERVER_GROUP\"}")
                    .post("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo("name.en")).body("errors[0].message", equalTo(NUL_TEXT));
        }

        @Test
        void inAnImportRowIsA400NamingRowAndFieldWithOrWithoutDryRun() {
            String missionId = MissionRequests.createMission();
            String bundle = "{\"engagements\": [{\"id\": \"" + UUID.randomUUID() + "\", \"missionId\": \"" + missionId
                    + "\", \"kind\": \"MEETING\", \"startDate\": \"2023-07-14\", \"summary\": {\"en\": \"a\\u0000b\"}}]}";
            for (String dryRun : List.of("true", "false")) {
                given().contentType(ContentType.JSON).queryParam("dryRun", dryRun).body(bundle).post("/v1/imports").then()
                        .statusCode(400).contentType(PROBLEM)
                        .body("errors[0].field", equalTo("engagements[0].summary.en"))
                        .body("errors[0].message", equalTo(NUL_TEXT));
            }
            given().get("/v1/missions/" + missionId + "/engagements").then().statusCode(200).body("items.size()", equalTo(0));
        }

        @Test
        void inACsvCellIsA400NamingRowAndColumn() {
            String csv = "centreId,number,notes\n2039424d-7aa5-4365-814f-0e3f79595d25,9101,a\u0000b\n";
            given().contentType("text/csv").queryParam("electionId", "kh-na-2023-07-23").queryParam("dryRun", true)
                    .body(csv).post("/v1/imports").then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo("pollingStations[0].notes"))
                    .body("errors[0].message", equalTo(NUL_TEXT));
        }
    }

    @Nested
    class Dates {

        @Test
        void outsideTheDatabasesRangeInAQueryAreA400NamingTheParameter() {
            given().urlEncodingEnabled(false).get("/v1/parties?activeOn=%2B9999999-01-01").then().statusCode(400)
                    .body("errors[0].field", equalTo("activeOn"))
                    .body("errors[0].message", equalTo("must be a date such as 2023-07-23, not '+9999999-01-01'"));
            given().urlEncodingEnabled(false).get("/v1/missions?updatedSince=%2B999999999-01-01T00:00:00Z").then()
                    .statusCode(400).body("errors[0].field", equalTo("updatedSince"));
            given().urlEncodingEnabled(false).get("/v1/elections?from=%2B9999999-01-01").then().statusCode(400)
                    .body("errors[0].field", equalTo("from"));
        }

        @Test
        void outsideTheDatabasesRangeInABodyAreA400NamingTheField() {
            Map<String, Object> mission = MissionRequests.mission(MissionRequests.createOrganization());
            mission.put("startDate", "+9999999-01-01");
            given().contentType(ContentType.JSON).body(mission).post("/v1/missions").then().statusCode(400)
                    .body("errors.field", hasItem("startDate"));
            Map<String, Object> snapshot = Map.of("divisionId", "KH", "referenceDate", "+9999999-01-01",
                    "registeredVoters", 1, "source", Map.of("citation", "Test"));
            given().contentType(ContentType.JSON).body(snapshot).post("/v1/registry-snapshots").then().statusCode(400)
                    .body("errors.field", hasItem("referenceDate"));
        }

        @Test
        void outsideRfc3339AreRefusedNotStoredOrCut() {
            String country = TestCountries.create();
            for (Object pollingDate : List.of("+300000-01-01", List.of(2023, 7, 23), "2023-01-01T00:00:00Z")) {
                Map<String, Object> election = Map.of("countryId", country, "type", "REFERENDUM",
                        "name", Map.of("en", "Test referendum"), "pollingDate", pollingDate, "timeZone", "Asia/Phnom_Penh");
                given().contentType(ContentType.JSON).body(election).post("/v1/elections").then().statusCode(400)
                        .body("errors[0].field", equalTo("pollingDate"))
                        .body("errors[0].message", startsWith("must be a date such as 2023-07-23"));
            }
            given().queryParam("countryId", country).get("/v1/elections").then().statusCode(200).body("items.size()", equalTo(0));
        }

        @Test
        void aDateTimeWithoutAnOffsetIsRefused() {
            given().get("/v1/divisions?updatedSince=2023-07-23T07:00:00").then().statusCode(400)
                    .body("errors[0].field", equalTo("updatedSince"))
                    .body("errors[0].message", startsWith("must be a date-time with an offset"));
        }
    }

    @Test
    void aLoneSurrogateIsRefusedNotStoredAsAQuestionMark() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": {\"en\": \"Observers \\ud800\"}, \"classification\": \"OBSERVER_GROUP\"}")
                .post("/v1/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("name.en"))
                .body("errors[0].message", startsWith("must not contain a lone UTF-16 surrogate (U+D800)"));
    }

    @Test
    void anEmptyRequiredLocalizedTextIsRefused() {
        Map<String, Object> mission = MissionRequests.mission(MissionRequests.createOrganization());
        mission.put("title", Map.of());
        given().contentType(ContentType.JSON).body(mission).post("/v1/missions").then().statusCode(400)
                .body("errors[0].field", equalTo("title.en"))
                .body("errors[0].message", containsString("English is required"));
    }

    @Test
    void anEmptyOptionalLocalizedTextIsDocumentedAsNoneAndStoredAsNone() {
        Map<String, Object> mission = MissionRequests.mission(MissionRequests.createOrganization());
        mission.put("background", Map.of());
        String id = given().contentType(ContentType.JSON).body(mission).post("/v1/missions").then().statusCode(201)
                .body("background", nullValue()).extract().path("id");
        given().get("/v1/missions/" + id).then().statusCode(200).body("background", nullValue());
    }

    @Test
    void everyWrongTypeAndUnknownEnumValueOfABodyIsReportedAtOnce() {
        Map<String, Object> body = new HashMap<>(MissionRequests.mission(MissionRequests.createOrganization()));
        body.put("status", "SUSPENDED");
        body.put("startDate", 20230713);
        body.put("title", "not a localized text");
        body.put("objectives", List.of(Map.of("en", "fine"), 5));
        given().contentType(ContentType.JSON).body(body).post("/v1/missions").then().statusCode(400)
                .body("errors.field", equalTo(List.of("objectives[1]", "startDate", "status", "title")));
    }

    @Test
    void everyBadFieldOfAnImportRowIsReportedAtOnce() {
        String bundle = "{\"engagements\": [{\"id\": \"" + UUID.randomUUID() + "\", \"missionId\": \""
                + MissionRequests.createMission() + "\", \"kind\": \"PARTY\", \"startDate\": true, \"summary\": {\"en\": 3}}]}";
        given().contentType(ContentType.JSON).queryParam("dryRun", true).body(bundle).post("/v1/imports").then()
                .statusCode(400).body("errors.field",
                        equalTo(List.of("engagements[0].kind", "engagements[0].startDate", "engagements[0].summary.en")));
    }

    @Test
    void anOverlongUrlIsA414Problem() {
        given().queryParam("q", "x".repeat(9000)).get("/v1/divisions").then().statusCode(414).contentType(PROBLEM)
                .body("type", equalTo("/problems/uri-too-long")).body("status", equalTo(414));
    }

    @Test
    void oversizedHeadersAreA431Problem() {
        given().header("X-Padding", "x".repeat(20_000)).get("/v1/divisions").then().statusCode(431).contentType(PROBLEM)
                .body("type", equalTo("/problems/request-headers-too-large"));
    }

    @Test
    void aBodyWithoutContentTypeIsA415NotReadAsJson() throws Exception {
        // RestAssured always names a body's type; a plain HTTP client sends none, as curl --data-binary with -H 'Content-Type:' does.
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "v1/organizations"))
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": {\"en\": \"Unlabelled\"}, \"classification\": \"OBSERVER_GROUP\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        assertThat(answer.body()).contains("The request has a body but no Content-Type; send application/json.");
    }

    @Test
    void ifMatchWithAStarAndATagIsA400AndChangesNothing() {
        String organization = MissionRequests.createOrganization();
        String path = "/v1/organizations/" + organization;
        String etag = MissionRequests.etagOf(path);
        given().contentType(MERGE_PATCH).header("If-Match", "*, \"x\"").body(Map.of("name", Map.of("en", "Changed")))
                .patch(path).then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
        given().header("If-Match", "*, \"x\"").delete(path).then().statusCode(400);
        given().get(path).then().statusCode(200).header("ETag", etag);
    }

    @Test
    void aDeleteThatAcceptsJsonDeletes() {
        String path = "/v1/organizations/" + MissionRequests.createOrganization();
        // Without a key it is refused for that, not for its Accept header.
        given().header("Authorization", "").accept(ContentType.JSON).header("If-Match", "*").delete(path).then().statusCode(401);
        given().accept(ContentType.JSON).header("If-Match", MissionRequests.etagOf(path)).delete(path).then().statusCode(204);
        given().get(path).then().statusCode(404);
    }

    @Test
    void anOrganisationWhoseKeysAreRevokedCanBeDeleted() {
        String organization = MissionRequests.createOrganization();
        String path = "/v1/organizations/" + organization;
        String key = given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", organization, "role", "EDITOR", "label", "soon revoked"))
                .post("/v1/api-keys").then().statusCode(201).extract().path("id");

        given().header("If-Match", MissionRequests.etagOf(path)).delete(path).then().statusCode(409)
                .body("detail", containsString("API keys that still work (revoke them with DELETE /v1/api-keys/{keyId})"));

        given().header("If-Match", "*").delete("/v1/api-keys/" + key).then().statusCode(204);
        given().header("If-Match", MissionRequests.etagOf(path)).delete(path).then().statusCode(204);
        given().get(path).then().statusCode(404);
    }

    @Test
    void deletingAnElectionNamesWhatStillRefersToIt() {
        String country = TestCountries.create();
        String election = given().contentType(ContentType.JSON).body(Map.of("countryId", country, "type", "REFERENDUM",
                        "name", Map.of("en", "Referendum"), "pollingDate", "2031-05-04", "timeZone", "Asia/Phnom_Penh"))
                .post("/v1/elections").then().statusCode(201).extract().path("id");
        String party = given().contentType(ContentType.JSON).body(Map.of("name", Map.of("en", "Test party"),
                        "abbreviation", "TP", "countryId", country))
                .post("/v1/parties").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("partyId", party, "status", "REGISTERED"))
                .post("/v1/elections/" + election + "/participations").then().statusCode(201);

        given().header("If-Match", "*").delete("/v1/elections/" + election).then().statusCode(409)
                .body("detail", equalTo("Election '" + election
                        + "' is still referred to by participations; remove those first."));
    }

    @Test
    void problemsQuoteBadValuesSafely() {
        given().contentType(ContentType.JSON).body("{\"name\": {\"en\": \"x\"}, \"classification\": \"A\\u0000B\"}")
                .post("/v1/organizations").then().statusCode(400)
                .body("errors.message", hasItems(containsString("not 'A\uFFFDB'")));
    }
}
