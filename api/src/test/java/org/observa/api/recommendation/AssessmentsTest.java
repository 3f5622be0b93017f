package org.observa.api.recommendation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.observa.api.recommendation.RecommendationRequests.MERGE_PATCH;
import static org.observa.api.recommendation.RecommendationRequests.MISSION_2023;
import static org.observa.api.recommendation.RecommendationRequests.PROBLEM;
import static org.observa.api.recommendation.RecommendationRequests.assess;
import static org.observa.api.recommendation.RecommendationRequests.assessment;
import static org.observa.api.recommendation.RecommendationRequests.assessmentBy;
import static org.observa.api.recommendation.RecommendationRequests.assessmentFrom;
import static org.observa.api.recommendation.RecommendationRequests.assessments;
import static org.observa.api.recommendation.RecommendationRequests.country;
import static org.observa.api.recommendation.RecommendationRequests.create;
import static org.observa.api.recommendation.RecommendationRequests.etagOf;
import static org.observa.api.recommendation.RecommendationRequests.organization;
import static org.observa.api.recommendation.RecommendationRequests.organizationOf;
import static org.observa.api.recommendation.RecommendationRequests.path;
import static org.observa.api.recommendation.RecommendationRequests.recommendation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

@QuarkusTest
class AssessmentsTest extends ApiTest {

    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    /** A recommendation of a mission that began on 20 May 2020, and a later mission that can assess it. */
    private String recommendationId;
    private String assessingMission;

    private String status() {
        return given().get(path(recommendationId)).then().statusCode(200).extract().path("status");
    }

    @BeforeEach
    void aRecommendationOfItsOwn() {
        recommendationId = create(recommendation(country().mission("2020-05-20"), 1));
        assessingMission = country().mission("2024-03-01");
    }

    @Test
    void anAssessmentByAMissionIsMadeByItsOrganisationAndSetsTheRecommendationsStatus() {
        String before = etagOf(path(recommendationId));
        Map<String, Object> body = assessmentBy(assessingMission, "2024-03-05", "PARTIALLY_IMPLEMENTED");
        body.put("rationale", Map.of("en", "Half of it was done."));
        body.put("evidence", List.of(Map.of("citation", "A later report", "url", "https://example.org/later.pdf")));
        var created = given().contentType(ContentType.JSON).body(body).post(assessments(recommendationId)).then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("recommendationId", equalTo(recommendationId))
                .body("missionId", equalTo(assessingMission))
                .body("organizationId", equalTo(organizationOf(assessingMission)))
                .body("status", equalTo("PARTIALLY_IMPLEMENTED"))
                .body("evidence[0].url", equalTo("https://example.org/later.pdf"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(assessments(recommendationId) + "/" + id);
        given().header("If-None-Match", created.header("ETag")).get(assessments(recommendationId) + "/" + id).then()
                .statusCode(304);
        assertThat(status()).isEqualTo("PARTIALLY_IMPLEMENTED");
        given().header("If-None-Match", before).get(path(recommendationId)).then().statusCode(200);
    }

    @Test
    void anOrganisationAssessesWithoutAMission() {
        String organizationId = organization();
        given().contentType(ContentType.JSON).body(assessmentFrom(organizationId, "2021-01-01", "NOT_IMPLEMENTED"))
                .post(assessments(recommendationId)).then().statusCode(201)
                .body("organizationId", equalTo(organizationId))
                .body("missionId", nullValue());
    }

    @Test
    void anOrganisationThatAssessedIsNotDeleted() {
        String organizationId = organization();
        String id = assess(recommendationId, assessmentFrom(organizationId, "2021-01-01", "NOT_IMPLEMENTED"));
        String organization = "/v1/organizations/" + organizationId;
        given().header("If-Match", etagOf(organization)).delete(organization).then().statusCode(409)
                .contentType(PROBLEM).body("type", equalTo("/problems/conflict"));
        given().get(organization).then().statusCode(200);
        given().get(assessments(recommendationId) + "/" + id).then().statusCode(200)
                .body("organizationId", equalTo(organizationId));
    }

    @Test
    void whoAssessedMustBeSaidAndAgree() {
        given().contentType(ContentType.JSON).body(assessment("2021-01-01", "NOT_IMPLEMENTED"))
                .post(assessments(recommendationId)).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", equalTo(List.of("organizationId")));
        Map<String, Object> disagreeing = assessmentBy(assessingMission, "2024-03-05", "NOT_IMPLEMENTED");
        disagreeing.put("organizationId", organization());
        given().contentType(ContentType.JSON).body(disagreeing).post(assessments(recommendationId)).then()
                .statusCode(400).body("errors.field", equalTo(List.of("organizationId")))
                .body("errors[0].message", equalTo("must be the organisation of the assessing mission, '"
                        + organizationOf(assessingMission) + "', or be left out"));
        given().contentType(ContentType.JSON).body(assessmentBy(UNKNOWN, "2024-03-05", "NOT_IMPLEMENTED"))
                .post(assessments(recommendationId)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("missionId")));
        given().contentType(ContentType.JSON).body(assessmentBy(MISSION_2023, "2024-03-05", "NOT_IMPLEMENTED"))
                .post(assessments(recommendationId)).then().statusCode(400)
                .body("errors[0].message", equalTo("is a mission to 'KH', not to the recommendation's country '"
                        + country().id() + "'"));
    }

    @Test
    void anAssessmentBeforeTheRecommendationsMissionIsRefused() {
        given().contentType(ContentType.JSON).body(assessmentBy(assessingMission, "2020-05-19", "NOT_IMPLEMENTED"))
                .post(assessments(recommendationId)).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", equalTo(List.of("assessedOn")))
                .body("errors[0].message", equalTo("cannot be before 2020-05-20, when the recommendation's mission began"));
        given().get(assessments(recommendationId)).then().body("items", hasSize(0));
    }

    @Test
    void withoutMissionDatesTheElectionsPollingDayIsTheEarliestDay() {
        String undated = create(recommendation(country().mission(null), 1));
        given().contentType(ContentType.JSON).body(assessmentBy(assessingMission, "2020-05-31", "NOT_IMPLEMENTED"))
                .post(assessments(undated)).then().statusCode(400)
                .body("errors[0].message", equalTo("cannot be before 2020-06-01, the polling day of the election of the "
                        + "recommendation's mission, whose own dates are unknown"));
        assess(undated, assessmentBy(assessingMission, "2020-06-01", "NOT_IMPLEMENTED"));
    }

    @Test
    void notAssessedIsNoAssessmentAndRequiredFieldsAreNamed() {
        given().contentType(ContentType.JSON).body(assessmentBy(assessingMission, "2024-03-05", "NOT_ASSESSED"))
                .post(assessments(recommendationId)).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("status")));
        given().contentType(ContentType.JSON).body(Map.of("missionId", assessingMission))
                .post(assessments(recommendationId)).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("assessedOn", "status"));
        given().contentType(ContentType.JSON).body(assessmentBy(assessingMission, "2999-01-01", "NOT_IMPLEMENTED"))
                .post(assessments(recommendationId)).then().statusCode(400)
                .body("errors[0].message", equalTo("cannot be in the future"));
    }

    @Test
    void theListIsOldestFirstAndTheLatestGivesTheStatus() {
        String organizationId = organization();
        String third = assess(recommendationId, assessmentFrom(organizationId, "2023-01-01", "MOSTLY_IMPLEMENTED"));
        String first = assess(recommendationId, assessmentFrom(organizationId, "2021-01-01", "NOT_IMPLEMENTED"));
        String second = assess(recommendationId, assessmentFrom(organizationId, "2022-01-01", "PARTIALLY_IMPLEMENTED"));
        assertThat(status()).isEqualTo("MOSTLY_IMPLEMENTED");
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            var request = given().queryParam("pageSize", 2);
            if (token != null) {
                request.queryParam("pageToken", token);
            }
            var page = request.get(assessments(recommendationId)).then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            token = page.path("nextPageToken");
        } while (token != null);
        assertThat(seen).containsExactly(first, second, third);
        given().queryParam("status", "NOT_IMPLEMENTED").get(assessments(recommendationId)).then()
                .body("items.id", equalTo(List.of(first)));
        given().queryParam("status", "NOT_ASSESSED").get(assessments(recommendationId)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("status")));
    }

    @Test
    void aPatchIsCheckedLikeACreateBodyAndMovesTheStatus() {
        String id = assess(recommendationId, assessmentBy(assessingMission, "2024-03-05", "NOT_IMPLEMENTED"));
        String path = assessments(recommendationId) + "/" + id;
        given().contentType(MERGE_PATCH).body(Map.of("status", "FULLY_IMPLEMENTED")).patch(path).then().statusCode(428);
        given().contentType(MERGE_PATCH).header("If-Match", "\"stale\"").body(Map.of("status", "FULLY_IMPLEMENTED"))
                .patch(path).then().statusCode(412);
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path)).body(Map.of("assessedOn", "2019-01-01"))
                .patch(path).then().statusCode(400).body("errors.field", equalTo(List.of("assessedOn")));
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path))
                .body(Map.of("status", "FULLY_IMPLEMENTED", "rationale", Map.of("en", "Done."))).patch(path).then()
                .statusCode(200).body("status", equalTo("FULLY_IMPLEMENTED")).body("rationale.en", equalTo("Done."))
                .body("missionId", equalTo(assessingMission));
        assertThat(status()).isEqualTo("FULLY_IMPLEMENTED");
    }

    @Test
    void anotherMissionBringsItsOwnOrganisationAndWithoutAMissionTheOrganisationMustBeNamed() {
        String id = assess(recommendationId, assessmentBy(assessingMission, "2024-03-05", "NOT_IMPLEMENTED"));
        String path = assessments(recommendationId) + "/" + id;
        String otherMission = country().mission("2024-04-01");
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path)).body(Map.of("missionId", otherMission))
                .patch(path).then().statusCode(200)
                .body("missionId", equalTo(otherMission))
                .body("organizationId", equalTo(organizationOf(otherMission)));
        Map<String, Object> noMission = new HashMap<>();
        noMission.put("missionId", null);
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path)).body(noMission).patch(path).then()
                .statusCode(400).body("errors.field", equalTo(List.of("organizationId")));
        String organizationId = organization();
        noMission.put("organizationId", organizationId);
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path)).body(noMission).patch(path).then()
                .statusCode(200).body("missionId", nullValue()).body("organizationId", equalTo(organizationId));
    }

    @Test
    void deletingTheLatestAssessmentBringsBackTheStatusBeforeIt() {
        String organizationId = organization();
        assess(recommendationId, assessmentFrom(organizationId, "2021-01-01", "PARTIALLY_IMPLEMENTED"));
        String latest = assess(recommendationId, assessmentFrom(organizationId, "2022-01-01", "NO_LONGER_RELEVANT"));
        assertThat(status()).isEqualTo("NO_LONGER_RELEVANT");
        String path = assessments(recommendationId) + "/" + latest;
        given().delete(path).then().statusCode(428);
        given().header("If-Match", "\"stale\"").delete(path).then().statusCode(412);
        given().header("If-Match", etagOf(path)).delete(path).then().statusCode(204);
        given().get(path).then().statusCode(404);
        assertThat(status()).isEqualTo("PARTIALLY_IMPLEMENTED");
    }

    @Test
    void anAssessmentUnderAnotherRecommendationOrAnUnknownOneIsNotFound() {
        String id = assess(recommendationId, assessmentBy(assessingMission, "2024-03-05", "NOT_IMPLEMENTED"));
        String other = create(recommendation(country().mission("2020-05-20"), 1));
        String elsewhere = assessments(other) + "/" + id;
        given().get(elsewhere).then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("There is no assessment '" + id + "'."));
        given().contentType(MERGE_PATCH).header("If-Match", "*").body(Map.of("status", "FULLY_IMPLEMENTED"))
                .patch(elsewhere).then().statusCode(404);
        given().header("If-Match", "*").delete(elsewhere).then().statusCode(404);
        given().get(assessments(UNKNOWN)).then().statusCode(404)
                .body("detail", equalTo("There is no recommendation '" + UNKNOWN + "'."));
        given().contentType(ContentType.JSON).body(assessmentBy(assessingMission, "2024-03-05", "NOT_IMPLEMENTED"))
                .post(assessments(UNKNOWN)).then().statusCode(404).contentType(PROBLEM);
        given().get(assessments(recommendationId) + "/" + id).then().statusCode(200)
                .body("status", not(equalTo("FULLY_IMPLEMENTED")));
    }
}
