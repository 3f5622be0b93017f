package org.observa.api.mission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.observa.api.mission.MissionRequests.MERGE_PATCH;
import static org.observa.api.mission.MissionRequests.PROBLEM;
import static org.observa.api.mission.MissionRequests.createFinding;
import static org.observa.api.mission.MissionRequests.createMission;
import static org.observa.api.mission.MissionRequests.etagOf;
import static org.observa.api.mission.MissionRequests.finding;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

@QuarkusTest
class FindingsTest extends ApiTest {

    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    private String missionId;
    private String findings;

    @BeforeEach
    void aMissionOfItsOwn() {
        missionId = createMission();
        findings = "/v1/missions/" + missionId + "/findings";
    }

    @Test
    void aFindingIsRecordedInItsMissionWithLocationAndEtag() {
        var created = given().contentType(ContentType.JSON).body(finding("CHALLENGE", "MEDIA")).post(findings).then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("missionId", equalTo(missionId))
                .body("kind", equalTo("CHALLENGE"))
                .body("phase", equalTo("MEDIA"))
                .body("evidence", hasSize(0))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(findings + "/" + id);
        given().header("If-None-Match", created.header("ETag")).get(findings + "/" + id).then().statusCode(304);
    }

    @Test
    void evidenceMustExist() {
        Map<String, Object> body = finding("POSITIVE", "VOTER_REGISTRATION");
        body.put("evidence", List.of(Map.of("kind", "REGISTRY_SNAPSHOT", "id", UNKNOWN),
                Map.of("kind", "STATION_VISIT", "id", UNKNOWN), Map.of("kind", "STATION_VISIT", "id", UNKNOWN)));
        given().contentType(ContentType.JSON).body(body).post(findings).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", equalTo(List.of("evidence[0].id", "evidence[1].id", "evidence[2]")))
                .body("errors.message", equalTo(List.of("there is no REGISTRY_SNAPSHOT '" + UNKNOWN + "'",
                        "there is no STATION_VISIT '" + UNKNOWN + "'", "appears twice")));
    }

    @Test
    void evidenceOfAnUnknownKindOrWithoutIdIsRefused() {
        Map<String, Object> body = finding("POSITIVE", "POLLING");
        body.put("evidence", List.of(Map.of("kind", "PHOTO", "id", UNKNOWN)));
        given().contentType(ContentType.JSON).body(body).post(findings).then().statusCode(400)
                .body("errors.field", equalTo(List.of("evidence[0].kind")));
        body.put("evidence", List.of(Map.of("kind", "STATION_VISIT")));
        given().contentType(ContentType.JSON).body(body).post(findings).then().statusCode(400)
                .body("errors.field", equalTo(List.of("evidence[0].id")));
    }

    @Test
    void kindPhaseAndTextAreRequired() {
        given().contentType(ContentType.JSON).body(Map.of("evidence", List.of())).post(findings).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("kind", "phase", "text"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "COMMENT", "phase", "ELECTION_DAY",
                "text", Map.of("en", "x"))).post(findings).then().statusCode(400)
                .body("errors.field", equalTo(List.of("phase")));
    }

    @Test
    void theListIsInTheOrderOfRecordingFilteredByKindAndPhase() {
        String first = createFinding(missionId, finding("POSITIVE", "VOTER_REGISTRATION"));
        String second = createFinding(missionId, finding("CHALLENGE", "MEDIA"));
        String third = createFinding(missionId, finding("CHALLENGE", "POLITICAL_FREEDOMS"));
        String fourth = createFinding(missionId, finding("COMMENT", "POLITICAL_FREEDOMS"));
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            var request = given().queryParam("pageSize", 3);
            if (token != null) {
                request.queryParam("pageToken", token);
            }
            var page = request.get(findings).then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            token = page.path("nextPageToken");
        } while (token != null);
        assertThat(seen).containsExactly(first, second, third, fourth);
        given().queryParam("kind", "CHALLENGE").get(findings).then().body("items.id", equalTo(List.of(second, third)));
        given().queryParam("phase", "POLITICAL_FREEDOMS").get(findings).then()
                .body("items.id", equalTo(List.of(third, fourth)));
        given().queryParam("kind", "CHALLENGE").queryParam("phase", "POLITICAL_FREEDOMS").get(findings).then()
                .body("items.id", equalTo(List.of(third)));
    }

    @Test
    void anUnknownMissionHasNoFindings() {
        given().get("/v1/missions/" + UNKNOWN + "/findings").then().statusCode(404)
                .body("detail", equalTo("There is no mission '" + UNKNOWN + "'."));
        given().contentType(ContentType.JSON).body(finding("COMMENT", "CAMPAIGN"))
                .post("/v1/missions/" + UNKNOWN + "/findings").then().statusCode(404);
    }

    @Test
    void aFindingRequestedUnderAnotherMissionIsNotFound() {
        String id = createFinding(missionId, finding("COMMENT", "RESULTS"));
        String elsewhere = "/v1/missions/" + createMission() + "/findings/" + id;
        given().get(elsewhere).then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("There is no finding '" + id + "'."));
        given().contentType(MERGE_PATCH).header("If-Match", "*").body(Map.of("kind", "POSITIVE")).patch(elsewhere)
                .then().statusCode(404);
        given().header("If-Match", "*").delete(elsewhere).then().statusCode(404);
        given().get(findings + "/" + id).then().statusCode(200).body("kind", equalTo("COMMENT"));
    }

    @Test
    void aPatchIsCheckedLikeACreateBodyAndNeedsTheCurrentEtag() {
        String id = createFinding(missionId, finding("COMMENT", "COUNTING"));
        String path = findings + "/" + id;
        given().contentType(MERGE_PATCH).body(Map.of("kind", "POSITIVE")).patch(path).then().statusCode(428);
        given().contentType(MERGE_PATCH).header("If-Match", "\"stale\"").body(Map.of("kind", "POSITIVE")).patch(path)
                .then().statusCode(412);
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path))
                .body(Map.of("evidence", List.of(Map.of("kind", "STATION_VISIT", "id", UNKNOWN))))
                .patch(path).then().statusCode(400).body("errors.field", equalTo(List.of("evidence[0].id")));
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path))
                .body(Map.of("kind", "POSITIVE", "text", Map.of("km", "ល្អ"))).patch(path).then().statusCode(200)
                .body("kind", equalTo("POSITIVE")).body("phase", equalTo("COUNTING")).body("text.km", equalTo("ល្អ"));
    }

    @Test
    void aFindingIsDeletedWithItsCurrentEtag() {
        String id = createFinding(missionId, finding("COMMENT", "CAMPAIGN"));
        given().delete(findings + "/" + id).then().statusCode(428);
        given().header("If-Match", "\"stale\"").delete(findings + "/" + id).then().statusCode(412);
        given().header("If-Match", etagOf(findings + "/" + id)).delete(findings + "/" + id).then().statusCode(204);
        given().get(findings + "/" + id).then().statusCode(404);
    }
}
