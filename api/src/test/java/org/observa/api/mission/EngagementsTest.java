package org.observa.api.mission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.observa.api.mission.MissionRequests.MERGE_PATCH;
import static org.observa.api.mission.MissionRequests.PROBLEM;
import static org.observa.api.mission.MissionRequests.createEngagement;
import static org.observa.api.mission.MissionRequests.createMission;
import static org.observa.api.mission.MissionRequests.engagement;
import static org.observa.api.mission.MissionRequests.etagOf;
import static org.observa.api.mission.MissionRequests.patch;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

@QuarkusTest
class EngagementsTest extends ApiTest {

    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    private String missionId;
    private String engagements;

    @BeforeEach
    void aMissionOfItsOwn() {
        missionId = createMission();
        engagements = "/v1/missions/" + missionId + "/engagements";
    }

    @Test
    void anEngagementIsRecordedInItsMissionWithLocationAndEtag() {
        var created = given().contentType(ContentType.JSON).body(engagement("2023-07-14", "2023-07-15"))
                .post(engagements).then().statusCode(201)
                .header("ETag", notNullValue())
                .body("missionId", equalTo(missionId))
                .body("kind", equalTo("MEETING"))
                .body("endDate", equalTo("2023-07-15"))
                .body("divisionId", equalTo("KH-12"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(engagements + "/" + id);
        given().get(engagements + "/" + id).then().statusCode(200).header("ETag", equalTo(created.header("ETag")));
    }

    @Test
    void aDayEitherSideOfTheMissionIsAllowedButNotTwo() {
        createEngagement(missionId, engagement("2023-07-12", null));
        createEngagement(missionId, engagement("2023-07-20", "2023-07-24"));
        given().contentType(ContentType.JSON).body(engagement("2023-07-11", null)).post(engagements).then()
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", equalTo(List.of("startDate")))
                .body("errors[0].message",
                        equalTo("must be on or after 2023-07-12: the mission starts on 2023-07-13 (one day's margin)"));
        given().contentType(ContentType.JSON).body(engagement("2023-07-20", "2023-07-25")).post(engagements).then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("endDate")))
                .body("errors[0].message",
                        equalTo("must be on or before 2023-07-24: the mission ends on 2023-07-23 (one day's margin)"));
    }

    @Test
    void theEndIsNotBeforeTheStart() {
        given().contentType(ContentType.JSON).body(engagement("2023-07-16", "2023-07-15")).post(engagements).then()
                .statusCode(400).body("errors.field", equalTo(List.of("endDate")));
    }

    @Test
    void thePlaceIsInTheMissionsCountryAndTheCounterpartExists() {
        Map<String, Object> body = engagement("2023-07-14", null);
        body.put("divisionId", "JP");
        body.put("counterpartId", UNKNOWN);
        given().contentType(ContentType.JSON).body(body).post(engagements).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("divisionId", "counterpartId"))
                .body("errors.find { it.field == 'divisionId' }.message",
                        equalTo("is in 'JP', not in the mission's country 'KH'"))
                .body("errors.find { it.field == 'counterpartId' }.message",
                        equalTo("there is no organization '" + UNKNOWN + "'"));
    }

    @Test
    void contractViolationsAreAllNamed() {
        Map<String, Object> body = Map.of("kind", "MEETING", "startDate", "2023-07-14", "place", "x".repeat(301),
                "peopleMet", List.of(Map.of("title", "Ambassador")), "counterpartId", "the embassy");
        // Every bad field at once: the unreadable UUID and the broken constraints alike.
        given().contentType(ContentType.JSON).body(body).post(engagements).then().statusCode(400)
                .body("errors.field", equalTo(List.of("counterpartId", "peopleMet[0].name", "place", "summary")))
                .body("errors[0].message", equalTo(
                        "must be a UUID such as 0f27e151-fdb4-4944-8566-33f17cd5ae39, not 'the embassy'"));
        Map<String, Object> typed = Map.of("kind", "MEETING", "startDate", "2023-07-14", "place", "x".repeat(301),
                "peopleMet", List.of(Map.of("title", "Ambassador")));
        given().contentType(ContentType.JSON).body(typed).post(engagements).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("place", "peopleMet[0].name", "summary"));
    }

    @Test
    void anUnknownMissionHasNoEngagements() {
        given().get("/v1/missions/" + UNKNOWN + "/engagements").then().statusCode(404)
                .body("detail", equalTo("There is no mission '" + UNKNOWN + "'."));
        given().contentType(ContentType.JSON).body(engagement("2023-07-14", null))
                .post("/v1/missions/" + UNKNOWN + "/engagements").then().statusCode(404);
    }

    @Test
    void anEngagementRequestedUnderAnotherMissionIsNotFound() {
        String id = createEngagement(missionId, engagement("2023-07-14", null));
        String elsewhere = "/v1/missions/" + createMission() + "/engagements/" + id;
        given().get(elsewhere).then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("There is no engagement '" + id + "'."));
        given().contentType(MERGE_PATCH).header("If-Match", "*").body(Map.of("kind", "BRIEFING")).patch(elsewhere)
                .then().statusCode(404);
        given().header("If-Match", "*").delete(elsewhere).then().statusCode(404);
        given().get(engagements + "/" + id).then().statusCode(200).body("kind", equalTo("MEETING"));
    }

    @Test
    void theListIsByStartDateThenInTheOrderOfRecordingAndPagesVisitEachOnce() {
        String second = createEngagement(missionId, engagement("2023-07-15", null));
        String third = createEngagement(missionId, engagement("2023-07-15", null));
        String first = createEngagement(missionId, engagement("2023-07-14", "2023-07-20"));
        Map<String, Object> hearing = engagement("2023-07-16", null);
        hearing.put("kind", "HEARING");
        String fourth = createEngagement(missionId, hearing);
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            var request = given().queryParam("pageSize", 1);
            if (token != null) {
                request.queryParam("pageToken", token);
            }
            var page = request.get(engagements).then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            token = page.path("nextPageToken");
        } while (token != null);
        assertThat(seen).containsExactly(first, second, third, fourth);
        given().queryParam("kind", "HEARING").get(engagements).then().statusCode(200)
                .body("items.id", equalTo(List.of(fourth)));
    }

    @Test
    void aPatchIsCheckedAgainstTheMissionAndNeedsTheCurrentEtag() {
        String id = createEngagement(missionId, engagement("2023-07-14", null));
        String path = engagements + "/" + id;
        given().contentType(MERGE_PATCH).body(Map.of("kind", "BRIEFING")).patch(path).then().statusCode(428);
        given().contentType(MERGE_PATCH).header("If-Match", "\"stale\"").body(Map.of("kind", "BRIEFING")).patch(path)
                .then().statusCode(412);
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path)).body(Map.of("startDate", "2023-08-01"))
                .patch(path).then().statusCode(400).body("errors.field", equalTo(List.of("startDate")));
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path))
                .body("{\"kind\": \"BRIEFING\", \"place\": null, \"peopleMet\": null, \"summary\": {\"ja\": \"説明会\"}}")
                .patch(path).then().statusCode(200)
                .body("kind", equalTo("BRIEFING"))
                .body("place", nullValue())
                .body("peopleMet", hasSize(0))
                .body("summary.ja", equalTo("説明会"))
                .body("missionId", equalTo(missionId));
    }

    @Test
    void aMissionsDatesAndItsEngagementsDoNotChangeUnderEachOther() {
        String id = createEngagement(missionId, engagement("2023-07-14", null));
        patch("/v1/missions/" + missionId, Map.of("startDate", "2023-07-15"));
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(engagements + "/" + id))
                .body(Map.of("startDate", "2023-07-13")).patch(engagements + "/" + id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("startDate")));
    }

    @Test
    void anEngagementIsDeletedWithItsCurrentEtag() {
        String id = createEngagement(missionId, engagement("2023-07-14", null));
        given().delete(engagements + "/" + id).then().statusCode(428);
        given().header("If-Match", "\"stale\"").delete(engagements + "/" + id).then().statusCode(412);
        given().header("If-Match", etagOf(engagements + "/" + id)).delete(engagements + "/" + id).then().statusCode(204);
        given().get(engagements + "/" + id).then().statusCode(404);
    }
}
