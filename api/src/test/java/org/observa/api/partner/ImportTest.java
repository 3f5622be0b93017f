package org.observa.api.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;
import org.observa.api.support.Ids;

@QuarkusTest
class ImportTest extends ApiTest {

    /** An organisation with one mission, one engagement and one finding, all with ids of the client's own. */
    private static Map<String, Object> missionBundle(UUID organization, UUID mission, String title) {
        Map<String, Object> bundle = new HashMap<>();
        bundle.put("organizations", List.of(Map.of("id", organization.toString(),
                "name", Map.of("en", "Imported observers " + Ids.segment()), "classification", "OBSERVER_GROUP")));
        bundle.put("missions", List.of(Map.of("id", mission.toString(), "organizationId", organization.toString(),
                "electionId", "kh-na-2023-07-23", "countryId", "KH", "title", Map.of("en", title),
                "startDate", "2023-07-15", "endDate", "2023-07-25")));
        bundle.put("engagements", List.of(Map.of("id", UUID.nameUUIDFromBytes(("e" + mission).getBytes()).toString(),
                "missionId", mission.toString(), "kind", "BRIEFING", "startDate", "2023-07-17",
                "summary", Map.of("en", "Briefing by the NEC"))));
        bundle.put("findings", List.of(Map.of("id", UUID.nameUUIDFromBytes(("f" + mission).getBytes()).toString(),
                "missionId", mission.toString(), "kind", "COMMENT", "phase", "POLLING",
                "text", Map.of("en", "Polling went calmly."))));
        return bundle;
    }

    private static Map<String, Integer> counts(int created, int updated, int unchanged) {
        return Map.of("created", created, "updated", updated, "unchanged", unchanged);
    }

    @Test
    void theSameBundleImportedTwiceChangesNothingTheSecondTime() {
        UUID organization = UUID.randomUUID();
        UUID mission = UUID.randomUUID();
        Map<String, Object> bundle = missionBundle(organization, mission, "Imported mission");

        given().contentType(ContentType.JSON).body(bundle).post("/v1/imports").then().statusCode(200)
                .body("dryRun", equalTo(false))
                .body("results.organizations", equalTo(counts(1, 0, 0)))
                .body("results.missions", equalTo(counts(1, 0, 0)))
                .body("results.engagements", equalTo(counts(1, 0, 0)))
                .body("results.findings", equalTo(counts(1, 0, 0)));
        given().get("/v1/missions/" + mission).then().statusCode(200).body("title.en", equalTo("Imported mission"));

        given().contentType(ContentType.JSON).body(bundle).post("/v1/imports").then().statusCode(200)
                .body("results.organizations", equalTo(counts(0, 0, 1)))
                .body("results.missions", equalTo(counts(0, 0, 1)))
                .body("results.engagements", equalTo(counts(0, 0, 1)))
                .body("results.findings", equalTo(counts(0, 0, 1)));

        Map<String, Object> changed = missionBundle(organization, mission, "Renamed mission");
        changed.put("organizations", bundle.get("organizations"));
        given().contentType(ContentType.JSON).body(changed).post("/v1/imports").then().statusCode(200)
                .body("results.missions", equalTo(counts(0, 1, 0)));
        given().get("/v1/missions/" + mission).then().body("title.en", equalTo("Renamed mission"));
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndStoresNothing() {
        UUID mission = UUID.randomUUID();
        given().contentType(ContentType.JSON).queryParam("dryRun", true)
                .body(missionBundle(UUID.randomUUID(), mission, "Dry run")).post("/v1/imports").then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("results.missions", equalTo(counts(1, 0, 0)));
        given().get("/v1/missions/" + mission).then().statusCode(404);
    }

    @Test
    void oneBadRowAmongThousandsStoresNothingAndIsNamed() {
        List<Map<String, Object>> divisions = new ArrayList<>();
        String prefix = "KH-6-" + Ids.segment().substring(0, 2);
        for (int i = 0; i < 1500; i++) {
            divisions.add(Map.of("id", prefix + i, "level", "DISTRICT", "parentId", "KH-6",
                    "name", Map.of("en", "Bulk district " + i)));
        }
        divisions.set(737, Map.of("id", prefix + "737", "level", "DISTRICT", "parentId", "KH-6",
                "name", Map.of("en", " ")));
        given().contentType(ContentType.JSON).body(Map.of("divisions", divisions)).post("/v1/imports").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("divisions[737].name.en"));
        given().get("/v1/divisions/" + prefix + "0").then().statusCode(404);
        given().get("/v1/divisions/" + prefix + "1499").then().statusCode(404);
    }

    @Test
    void everyProblemIsReportedByRowAndField() {
        Map<String, Object> bundle = new HashMap<>();
        bundle.put("missions", List.of(
                Map.of("organizationId", UUID.randomUUID().toString(), "electionId", "kh-na-2023-07-23",
                        "countryId", "KH", "title", Map.of("en", "No id")),
                Map.of("id", UUID.randomUUID().toString(), "organizationId", UUID.randomUUID().toString(),
                        "electionId", "kh-na-2099-01-01", "countryId", "KH", "title", Map.of("en", "Unknown refs"))));
        bundle.put("parliaments", List.of());
        given().contentType(ContentType.JSON).body(bundle).post("/v1/imports").then().statusCode(400)
                .body("errors.field", hasItem("parliaments"))
                .body("errors.field", hasItem("missions[0].id"))
                .body("errors.field", hasItem("missions[1].organizationId"))
                .body("errors.field", hasItem("missions[1].electionId"));
    }

    @Test
    void anEditorCannotImportIntoAnotherOrganisationsMission() {
        String ours = given().contentType(ContentType.JSON)
                .body(Map.of("name", Map.of("en", "Ours " + Ids.segment()), "classification", "OBSERVER_GROUP"))
                .post("/v1/organizations").then().statusCode(201).extract().path("id");
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", ours, "role", "EDITOR", "label", "importer"))
                .post("/v1/api-keys").then().statusCode(201).extract().path("token");
        UUID theirs = UUID.randomUUID();
        UUID theirMission = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(missionBundle(theirs, theirMission, "Theirs")).post("/v1/imports")
                .then().statusCode(200);

        Map<String, Object> bundle = new HashMap<>();
        bundle.put("engagements", List.of(Map.of("id", UUID.randomUUID().toString(), "missionId", theirMission.toString(),
                "kind", "MEETING", "startDate", "2023-07-18", "summary", Map.of("en", "Sneaked in"))));
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(bundle)
                .post("/v1/imports").then().statusCode(403)
                .body("type", equalTo("/problems/forbidden"))
                .body("errors[0].field", equalTo("engagements[0]"));
        given().queryParam("missionId", theirMission.toString()).accept("application/x-ndjson")
                .get("/v1/exports/engagements").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Sneaked in")));
    }

    @Test
    void registrySnapshotsAreMatchedByTheirNaturalKey() {
        Map<String, Object> snapshot = Map.of("divisionId", "KH-6", "referenceDate", "2019-01-01",
                "registeredVoters", 400000, "source", Map.of("citation", "Import test " + Ids.segment()));
        Map<String, Object> bundle = Map.of("registrySnapshots", List.of(snapshot));
        given().contentType(ContentType.JSON).body(bundle).post("/v1/imports").then().statusCode(200)
                .body("results.registrySnapshots", equalTo(counts(1, 0, 0)));
        given().contentType(ContentType.JSON).body(bundle).post("/v1/imports").then().statusCode(200)
                .body("results.registrySnapshots", equalTo(counts(0, 0, 1)));
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        // Not JSON at all is a malformed request, as for every other body.
        given().contentType(ContentType.JSON).body("{\"missions\": [").post("/v1/imports").then().statusCode(400)
                .body("type", equalTo("/problems/malformed-request"));
    }
}
