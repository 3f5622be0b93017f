package org.observa.api.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;
import org.observa.api.support.Ids;
import org.observa.api.support.TestCountries;

/** Open reads, keyed writes: who may write what, and what happens without a usable key. */
@QuarkusTest
class AccessTest extends ApiTest {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final String SOME_UUID = "0f27e151-fdb4-4944-8566-33f17cd5ae39";

    /** No credentials: a blank Authorization header counts as none (it replaces the suite's default key). */
    private static RequestSpecification anonymous() {
        return given().header("Authorization", "");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static String createOrganization() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", Map.of("en", "Observer group " + Ids.segment()), "classification", "OBSERVER_GROUP"))
                .post("/v1/organizations").then().statusCode(201).extract().path("id");
    }

    private static String issueKey(String organizationId, String role) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", organizationId, "role", role, "label", "test key " + Ids.segment()))
                .post("/v1/api-keys").then().statusCode(201)
                .body("token", startsWith("obs_"))
                .extract().path("token");
    }

    private static Map<String, Object> mission(String organizationId) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organizationId);
        body.put("electionId", "kh-na-2023-07-23");
        body.put("countryId", "KH");
        body.put("title", Map.of("en", "Access test mission " + Ids.segment()));
        body.put("startDate", "2023-07-13");
        body.put("endDate", "2023-07-23");
        return body;
    }

    private static String createMission(String token, String organizationId) {
        return as(token).contentType(ContentType.JSON).body(mission(organizationId)).post("/v1/missions")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> engagement() {
        return Map.of("kind", "MEETING", "startDate", "2023-07-14", "summary", Map.of("en", "A meeting"));
    }

    private static Map<String, Object> finding() {
        return Map.of("kind", "COMMENT", "phase", "POLLING", "text", Map.of("en", "A comment"));
    }

    @Test
    void everyWriteOfTheContractNeedsAKey() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile()).path("paths");
        List<String> answered = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (!WRITES.contains(operation.getKey())) {
                return;
            }
            String url = path.getKey().replaceAll("\\{[^}]*Id}", SOME_UUID).replaceAll("\\{[^}]*}", "KH");
            var request = anonymous();
            operation.getValue().path("requestBody").path("content").fieldNames().forEachRemaining(mediaType -> {
                if (mediaType.contains("json")) {
                    request.contentType(mediaType).body("{}");
                } else if (mediaType.equals("text/csv") && !operation.getValue().path("requestBody").path("content")
                        .has("application/json")) {
                    request.contentType(mediaType).body("centreId,number\n");
                }
            });
            int status = request.request(operation.getKey().toUpperCase(), url).then()
                    .header("WWW-Authenticate", "Bearer realm=\"observa\"")
                    .body("type", equalTo("/problems/unauthorized"))
                    .extract().statusCode();
            answered.add(operation.getKey() + " " + path.getKey() + " " + status);
        }));
        assertThat(answered).isNotEmpty().allMatch(line -> line.endsWith(" 401"));
    }

    @Test
    void readsNeedNoKey() {
        anonymous().get("/v1/divisions/KH-6").then().statusCode(200);
        anonymous().get("/v1/missions").then().statusCode(200);
    }

    @Test
    void aMalformedUnknownOrWronglySchemedKeyIs401() {
        as("not-a-key").contentType(ContentType.JSON).body("{}").post("/v1/divisions").then().statusCode(401)
                .body("detail", equalTo("The API key is unknown or revoked."));
        as("obs_0f27e151fdb449448566 33f17cd5ae39_x").get("/v1/divisions/KH-6").then().statusCode(401);
        given().header("Authorization", "Basic dXNlcjpwYXNz").contentType(ContentType.JSON).body("{}")
                .post("/v1/divisions").then().statusCode(401)
                .body("detail", equalTo("The Authorization header must be 'Bearer <API key>'."));
        String forged = "obs_" + SOME_UUID.replace("-", "") + "_" + "A".repeat(43);
        as(forged).contentType(ContentType.JSON).body("{}").post("/v1/divisions").then().statusCode(401);
    }

    @Test
    void aRevokedKeyFailsAtOnce() {
        String organization = createOrganization();
        String token = issueKey(organization, "EDITOR");
        String mission = createMission(token, organization);
        String keyId = given().queryParam("organizationId", organization).get("/v1/api-keys").then().statusCode(200)
                .extract().path("items[0].id");

        given().header("If-Match", "*").delete("/v1/api-keys/" + keyId).then().statusCode(204);

        as(token).contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("notes", "after revocation")).patch("/v1/missions/" + mission).then().statusCode(401);
        given().get("/v1/api-keys/" + keyId).then().statusCode(200).body("revokedAt", not(nullValue()));
    }

    @Test
    void anEditorWritesItsOwnMissionAndEverythingUnderIt() {
        String organization = createOrganization();
        String token = issueKey(organization, "EDITOR");
        String mission = createMission(token, organization);
        as(token).contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("notes", "ours")).patch("/v1/missions/" + mission).then().statusCode(200);
        String engagement = as(token).contentType(ContentType.JSON).body(engagement())
                .post("/v1/missions/" + mission + "/engagements").then().statusCode(201).extract().path("id");
        as(token).header("If-Match", "*").delete("/v1/missions/" + mission + "/engagements/" + engagement)
                .then().statusCode(204);
        as(token).contentType(ContentType.JSON).body(finding()).post("/v1/missions/" + mission + "/findings")
                .then().statusCode(201);
    }

    @Test
    void anEditorCannotWriteAnotherOrganisationsMissionOrAnythingUnderIt() {
        String ours = createOrganization();
        String theirs = createOrganization();
        String token = issueKey(ours, "EDITOR");
        String theirMission = createMission(ADMIN_KEY, theirs);
        String theirEngagement = given().contentType(ContentType.JSON).body(engagement())
                .post("/v1/missions/" + theirMission + "/engagements").then().statusCode(201).extract().path("id");
        String theirFinding = given().contentType(ContentType.JSON).body(finding())
                .post("/v1/missions/" + theirMission + "/findings").then().statusCode(201).extract().path("id");

        List<Integer> statuses = List.of(
                as(token).contentType(ContentType.JSON).body(mission(theirs)).post("/v1/missions").statusCode(),
                as(token).contentType("application/merge-patch+json").header("If-Match", "*")
                        .body(Map.of("notes", "not ours")).patch("/v1/missions/" + theirMission).statusCode(),
                as(token).header("If-Match", "*").delete("/v1/missions/" + theirMission).statusCode(),
                as(token).contentType(ContentType.JSON).body(engagement())
                        .post("/v1/missions/" + theirMission + "/engagements").statusCode(),
                as(token).contentType("application/merge-patch+json").header("If-Match", "*")
                        .body(Map.of("place", "x")).patch("/v1/missions/" + theirMission + "/engagements/" + theirEngagement)
                        .statusCode(),
                as(token).header("If-Match", "*")
                        .delete("/v1/missions/" + theirMission + "/engagements/" + theirEngagement).statusCode(),
                as(token).contentType(ContentType.JSON).body(finding())
                        .post("/v1/missions/" + theirMission + "/findings").statusCode(),
                as(token).contentType("application/merge-patch+json").header("If-Match", "*")
                        .body(Map.of("kind", "POSITIVE")).patch("/v1/missions/" + theirMission + "/findings/" + theirFinding)
                        .statusCode(),
                as(token).header("If-Match", "*")
                        .delete("/v1/missions/" + theirMission + "/findings/" + theirFinding).statusCode());
        assertThat(statuses).containsOnly(403);
        given().get("/v1/missions/" + theirMission).then().statusCode(200).body("notes", nullValue());
    }

    @Test
    void anEditorCannotWriteWhatOnlyAdministratorsMay() {
        String organization = createOrganization();
        String token = issueKey(organization, "EDITOR");
        as(token).contentType(ContentType.JSON)
                .body(Map.of("id", "KH-6-" + Ids.segment(), "level", "DISTRICT", "parentId", "KH-6", "name", Map.of("en", "x")))
                .post("/v1/divisions").then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        as(token).contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("name", Map.of("en", "Renamed"))).patch("/v1/organizations/" + organization).then()
                .statusCode(403);
        as(token).contentType(ContentType.JSON)
                .body(Map.of("divisionId", "KH-6", "referenceDate", "2023-07-23", "registeredVoters", 1,
                        "source", Map.of("citation", "x")))
                .post("/v1/registry-snapshots").then().statusCode(403);
        as(token).contentType(ContentType.JSON)
                .body(Map.of("organizationId", organization, "role", "ADMIN", "label", "escalation"))
                .post("/v1/api-keys").then().statusCode(403);
    }

    @Test
    void keysAreListedWithoutSecretsAndOnlyToTheirOrganisation() {
        String ours = createOrganization();
        String theirs = createOrganization();
        String token = issueKey(ours, "EDITOR");
        issueKey(theirs, "EDITOR");
        anonymous().get("/v1/api-keys").then().statusCode(401);
        as(token).get("/v1/api-keys").then().statusCode(200)
                .body("items.organizationId", hasItem(ours))
                .body("items.organizationId", not(hasItem(theirs)))
                .body("items[0].token", nullValue());
        as(token).queryParam("organizationId", theirs).get("/v1/api-keys").then().statusCode(403);
    }

    @Test
    void aKeyForAnUnknownOrganisationIsRefused() {
        given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", "00000000-0000-0000-0000-000000000001", "role", "EDITOR", "label", "x"))
                .post("/v1/api-keys").then().statusCode(400).body("errors[0].field", equalTo("organizationId"));
    }

    private static String createMissionIn(String token, String organizationId, String country, String election) {
        Map<String, Object> body = mission(organizationId);
        body.put("countryId", country);
        body.put("electionId", election);
        return as(token).contentType(ContentType.JSON).body(body).post("/v1/missions").then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> recommendation(String missionId, int number) {
        return Map.of("missionId", missionId, "number", number, "title", Map.of("en", "Keep the register accurate"),
                "text", Map.of("en", "A test recommendation."), "phase", "VOTER_REGISTRATION");
    }

    @Test
    void anEditorWritesRecommendationsOfItsOwnMissionsAndAssessmentsItMakes() {
        String ours = createOrganization();
        String theirs = createOrganization();
        String token = issueKey(ours, "EDITOR");
        // In a country of their own, so that Cambodia's recommendations stay the demo data's.
        String country = TestCountries.create();
        String election = given().contentType(ContentType.JSON)
                .body(Map.of("countryId", country, "type", "NATIONAL_ASSEMBLY", "name", Map.of("en", "Test election"),
                        "pollingDate", "2023-07-23", "timeZone", "UTC"))
                .post("/v1/elections").then().statusCode(201).extract().path("id");
        String ourMission = createMissionIn(token, ours, country, election);
        String theirMission = createMissionIn(ADMIN_KEY, theirs, country, election);
        String theirRecommendation = given().contentType(ContentType.JSON).body(recommendation(theirMission, 1))
                .post("/v1/recommendations").then().statusCode(201).extract().path("id");

        as(token).contentType(ContentType.JSON).body(recommendation(ourMission, 1)).post("/v1/recommendations")
                .then().statusCode(201);
        as(token).contentType(ContentType.JSON).body(recommendation(theirMission, 2)).post("/v1/recommendations")
                .then().statusCode(403);
        as(token).contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("notes", "not ours")).patch("/v1/recommendations/" + theirRecommendation).then()
                .statusCode(403);
        as(token).header("If-Match", "*").delete("/v1/recommendations/" + theirRecommendation).then().statusCode(403);

        // Anyone's recommendation may be assessed, but only in the assessing organisation's own name.
        String ourAssessment = as(token).contentType(ContentType.JSON)
                .body(Map.of("assessedOn", "2023-07-24", "status", "NOT_IMPLEMENTED", "organizationId", ours))
                .post("/v1/recommendations/" + theirRecommendation + "/assessments").then().statusCode(201)
                .extract().path("id");
        as(token).contentType(ContentType.JSON)
                .body(Map.of("assessedOn", "2023-07-24", "status", "FULLY_IMPLEMENTED", "organizationId", theirs))
                .post("/v1/recommendations/" + theirRecommendation + "/assessments").then().statusCode(403);
        as(token).contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("organizationId", theirs))
                .patch("/v1/recommendations/" + theirRecommendation + "/assessments/" + ourAssessment).then()
                .statusCode(403);
        String theirAssessment = given().contentType(ContentType.JSON)
                .body(Map.of("assessedOn", "2023-07-25", "status", "PARTIALLY_IMPLEMENTED", "organizationId", theirs))
                .post("/v1/recommendations/" + theirRecommendation + "/assessments").then().statusCode(201)
                .extract().path("id");
        as(token).header("If-Match", "*")
                .delete("/v1/recommendations/" + theirRecommendation + "/assessments/" + theirAssessment).then()
                .statusCode(403);
    }

    @Test
    void partiesAndResultsAreForAdministratorsAndObservationsForTheMissionsOrganisation() {
        String ours = createOrganization();
        String theirs = createOrganization();
        String token = issueKey(ours, "EDITOR");
        String party = given().contentType(ContentType.JSON)
                .body(Map.of("countryId", "KH", "name", Map.of("en", "Access test party " + Ids.segment()),
                        "abbreviation", "ATP" + Ids.segment()))
                .post("/v1/parties").then().statusCode(201).extract().path("id");

        as(token).contentType(ContentType.JSON)
                .body(Map.of("countryId", "KH", "name", Map.of("en", "Editor's party"), "abbreviation", "EP" + Ids.segment()))
                .post("/v1/parties").then().statusCode(403);
        as(token).contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("notes", "x")).patch("/v1/parties/" + party).then().statusCode(403);
        as(token).contentType(ContentType.JSON).body(Map.of("partyId", party, "status", "REGISTERED"))
                .post("/v1/elections/kh-na-2023-07-23/participations").then().statusCode(403);
        as(token).contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("status", "OFFICIAL", "rows", List.of()))
                .put("/v1/elections/kh-na-2023-07-23/results").then().statusCode(403);

        Map<String, Object> observation = new HashMap<>(Map.of("partyId", party, "observedOn", "2023-07-16", "kind", "RALLY"));
        observation.put("missionId", createMission(token, ours));
        as(token).contentType(ContentType.JSON).body(observation).post("/v1/campaign-observations").then()
                .statusCode(201);
        observation.put("missionId", createMission(ADMIN_KEY, theirs));
        as(token).contentType(ContentType.JSON).body(observation).post("/v1/campaign-observations").then()
                .statusCode(403);
        String theirObservation = given().contentType(ContentType.JSON).body(observation)
                .post("/v1/campaign-observations").then().statusCode(201).extract().path("id");
        as(token).header("If-Match", "*").delete("/v1/campaign-observations/" + theirObservation).then().statusCode(403);
    }

    @Test
    void centresAndStationsAreForAdministratorsAndVisitsForTheMissionsOrganisation() {
        String ours = createOrganization();
        String theirs = createOrganization();
        String token = issueKey(ours, "EDITOR");
        // An election of its own, so that the 2023 election's stations and visits stay the demo data's.
        String election = given().contentType(ContentType.JSON)
                .body(Map.of("countryId", "KH", "type", "SENATE", "name", Map.of("en", "Access test election"),
                        "pollingDate", "2023-07-23", "timeZone", "Asia/Phnom_Penh"))
                .post("/v1/elections").then().statusCode(201).extract().path("id");
        Map<String, Object> centre = Map.of("electionId", election, "divisionId", "KH-6",
                "name", Map.of("en", "Access test school " + Ids.segment()));
        as(token).contentType(ContentType.JSON).body(centre).post("/v1/polling-centres").then().statusCode(403);
        String centreId = given().contentType(ContentType.JSON).body(centre).post("/v1/polling-centres").then()
                .statusCode(201).extract().path("id");
        as(token).contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("notes", "x")).patch("/v1/polling-centres/" + centreId).then().statusCode(403);
        Map<String, Object> station = Map.of("centreId", centreId, "number", "A" + Ids.segment());
        as(token).contentType(ContentType.JSON).body(station).post("/v1/polling-stations").then().statusCode(403);
        String stationId = given().contentType(ContentType.JSON).body(station).post("/v1/polling-stations").then()
                .statusCode(201).extract().path("id");
        as(token).header("If-Match", "*").delete("/v1/polling-stations/" + stationId).then().statusCode(403);

        Map<String, Object> visit = new HashMap<>(Map.of("stationId", stationId, "visitedOn", "2023-07-23", "phase", "VOTING"));
        visit.put("missionId", createMissionIn(token, ours, "KH", election));
        String ourVisit = as(token).contentType(ContentType.JSON).body(visit).post("/v1/station-visits").then()
                .statusCode(201).extract().path("id");
        String theirMission = createMissionIn(ADMIN_KEY, theirs, "KH", election);
        visit.put("missionId", theirMission);
        as(token).contentType(ContentType.JSON).body(visit).post("/v1/station-visits").then().statusCode(403);
        String theirVisit = given().contentType(ContentType.JSON).body(visit).post("/v1/station-visits").then()
                .statusCode(201).extract().path("id");
        as(token).contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("notes", "x")).patch("/v1/station-visits/" + theirVisit).then().statusCode(403);
        as(token).contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("missionId", theirMission)).patch("/v1/station-visits/" + ourVisit).then().statusCode(403);
        as(token).header("If-Match", "*").delete("/v1/station-visits/" + theirVisit).then().statusCode(403);
        as(token).contentType(ContentType.JSON)
                .body(Map.of("stationVisits", List.of(Map.of("id", UUID.randomUUID().toString(), "missionId", theirMission,
                        "stationId", stationId, "visitedOn", "2023-07-23"))))
                .post("/v1/imports").then().statusCode(403);
    }
}
