package org.observa.api.recommendation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.observa.api.recommendation.RecommendationRequests.EARLIER_PROPOSAL;
import static org.observa.api.recommendation.RecommendationRequests.MERGE_PATCH;
import static org.observa.api.recommendation.RecommendationRequests.MISSION_2023;
import static org.observa.api.recommendation.RecommendationRequests.PROBLEM;
import static org.observa.api.recommendation.RecommendationRequests.RECOMMENDATIONS;
import static org.observa.api.recommendation.RecommendationRequests.assess;
import static org.observa.api.recommendation.RecommendationRequests.assessmentBy;
import static org.observa.api.recommendation.RecommendationRequests.assessmentFrom;
import static org.observa.api.recommendation.RecommendationRequests.country;
import static org.observa.api.recommendation.RecommendationRequests.create;
import static org.observa.api.recommendation.RecommendationRequests.etagOf;
import static org.observa.api.recommendation.RecommendationRequests.following;
import static org.observa.api.recommendation.RecommendationRequests.organization;
import static org.observa.api.recommendation.RecommendationRequests.patch;
import static org.observa.api.recommendation.RecommendationRequests.path;
import static org.observa.api.recommendation.RecommendationRequests.recommendation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.observa.api.recommendation.RecommendationRequests.Country;
import org.observa.api.support.ApiTest;

@QuarkusTest
class RecommendationsTest extends ApiTest {

    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    private static List<String> listed(Map<String, ?> filters) {
        return given().queryParams(filters).queryParam("pageSize", 500).get(RECOMMENDATIONS).then().statusCode(200)
                .extract().path("items.id");
    }

    @Nested
    class Creating {

        @Test
        void aRecommendationIsRecordedNotAssessedWithLocationAndEtag() {
            String missionId = country().mission("2020-05-20");
            Map<String, Object> body = recommendation(missionId, 1);
            body.put("addressees", List.of(Map.of("kind", "DONOR_GOVERNMENTS", "name", "Government of Japan"),
                    Map.of("kind", "OTHER", "name", "Universities")));
            body.put("priority", "HIGH");
            body.put("source", Map.of("citation", "A report", "url", "https://example.org/report.pdf", "page", "12-14"));
            body.put("notes", "A note");
            var created = given().contentType(ContentType.JSON).body(body).post(RECOMMENDATIONS).then()
                    .statusCode(201)
                    .header("ETag", notNullValue())
                    .body("missionId", equalTo(missionId))
                    .body("countryId", equalTo(country().id()))
                    .body("number", equalTo(1))
                    .body("addressees.kind", equalTo(List.of("DONOR_GOVERNMENTS", "OTHER")))
                    .body("addressees[1].name", equalTo("Universities"))
                    .body("priority", equalTo("HIGH"))
                    .body("source.page", equalTo("12-14"))
                    .body("source.url", equalTo("https://example.org/report.pdf"))
                    .body("status", equalTo("NOT_ASSESSED"))
                    .extract();
            String id = created.path("id");
            assertThat(created.header("Location")).endsWith(path(id));
            given().header("If-None-Match", created.header("ETag")).get(path(id)).then().statusCode(304);
            given().get(path(id)).then().statusCode(200).body("notes", equalTo("A note"));
        }

        @Test
        void requiredFieldsAreNamedAtOnce() {
            given().contentType(ContentType.JSON).body(Map.of("addressees", List.of())).post(RECOMMENDATIONS).then()
                    .statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("/problems/validation-failed"))
                    .body("errors.field", containsInAnyOrder("missionId", "number", "title", "text", "phase"));
        }

        @Test
        void theMissionMustExistAndTheNumberBePositive() {
            given().contentType(ContentType.JSON).body(recommendation(UNKNOWN, 1)).post(RECOMMENDATIONS).then()
                    .statusCode(400).contentType(PROBLEM)
                    .body("errors.field", equalTo(List.of("missionId")))
                    .body("errors[0].message", equalTo("there is no mission '" + UNKNOWN + "'"));
            given().contentType(ContentType.JSON).body(recommendation(country().mission(null), 0)).post(RECOMMENDATIONS)
                    .then().statusCode(400).body("errors.field", equalTo(List.of("number")));
        }

        @Test
        void aDuplicateNumberIsAConflictNamingTheRecommendationThatHasIt() {
            String missionId = country().mission("2020-05-20");
            String first = create(recommendation(missionId, 7));
            given().contentType(ContentType.JSON).body(recommendation(missionId, 7)).post(RECOMMENDATIONS).then()
                    .statusCode(409).contentType(PROBLEM)
                    .body("type", equalTo("/problems/conflict"))
                    .body("detail", equalTo("Mission '" + missionId + "' already has a recommendation number 7: '"
                            + first + "'."));
            assertThat(listed(Map.of("missionId", missionId))).containsExactly(first);
        }

        @Test
        void addresseesSayWhomTheyMean() {
            Map<String, Object> body = recommendation(country().mission(null), 1);
            body.put("addressees", List.of(Map.of("kind", "OTHER"), Map.of("kind", "MEDIA"), Map.of("kind", "MEDIA")));
            given().contentType(ContentType.JSON).body(body).post(RECOMMENDATIONS).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("addressees[0].name", "addressees[2]")));
            body.put("addressees", List.of(Map.of("kind", "GOVERNMENT_OF_JAPAN")));
            given().contentType(ContentType.JSON).body(body).post(RECOMMENDATIONS).then().statusCode(400)
                    .contentType(PROBLEM).body("errors.field", equalTo(List.of("addressees[0].kind")));
        }

        @Test
        void aSourceNeedsACitationAndAWebAddress() {
            Map<String, Object> body = recommendation(country().mission(null), 1);
            body.put("source", Map.of("citation", "", "page", ""));
            given().contentType(ContentType.JSON).body(body).post(RECOMMENDATIONS).then().statusCode(400)
                    .contentType(PROBLEM).body("errors.field", containsInAnyOrder("source.citation", "source.page"));
            body.put("source", Map.of("citation", "A report", "url", "ftp://example.org/report.pdf"));
            given().contentType(ContentType.JSON).body(body).post(RECOMMENDATIONS).then().statusCode(400)
                    .contentType(PROBLEM).body("errors.field", equalTo(List.of("source.url")));
        }
    }

    @Nested
    class Following {

        @Test
        void aRecommendationFollowsOneOfAnEarlierMissionToTheSameCountry() {
            String earlier = create(recommendation(country().mission("2018-01-10"), 1));
            String later = create(following(country().mission("2020-05-20"), 1, earlier));
            given().get(path(later)).then().statusCode(200).body("follows", equalTo(earlier));
        }

        @Test
        void aRecommendationOfAnotherCountryIsRefusedNamingFollows() {
            given().contentType(ContentType.JSON).body(following(country().mission("2024-01-10"), 1, EARLIER_PROPOSAL))
                    .post(RECOMMENDATIONS).then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("/problems/validation-failed"))
                    .body("errors.field", equalTo(List.of("follows")))
                    .body("errors[0].message", equalTo("is a recommendation of a mission to 'KH', not to this "
                            + "recommendation's country '" + country().id() + "'; a recommendation follows up one made "
                            + "in the same country"));
        }

        @Test
        void aRecommendationOfALaterMissionIsRefusedNamingFollows() {
            String later = create(recommendation(country().mission("2021-03-01"), 1));
            given().contentType(ContentType.JSON).body(following(country().mission("2019-03-01"), 1, later))
                    .post(RECOMMENDATIONS).then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", equalTo(List.of("follows")))
                    .body("errors[0].message", equalTo("must be a recommendation of an earlier mission, but '" + later
                            + "' is from a mission dated 2021-03-01, not before this recommendation's mission (2019-03-01)"));
        }

        @Test
        void anUnknownRecommendationIsRefusedNamingFollows() {
            given().contentType(ContentType.JSON).body(following(country().mission(null), 1, UNKNOWN))
                    .post(RECOMMENDATIONS).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("follows")))
                    .body("errors[0].message", equalTo("there is no recommendation '" + UNKNOWN + "'"));
        }

        @Test
        void aPatchThatWouldCloseACycleIsRefusedNamingFollows() {
            // a (2018) <- b (2019) <- c (2021); then a's mission is moved to 2022, after c's: the dates alone
            // would now let a follow c, and only the cycle check refuses it.
            String firstMission = country().mission("2018-02-01");
            String a = create(recommendation(firstMission, 1));
            String b = create(following(country().mission("2019-02-01"), 1, a));
            String c = create(following(country().mission("2021-02-01"), 1, b));
            patch("/v1/missions/" + firstMission, Map.of("startDate", "2022-02-01"));

            given().contentType(MERGE_PATCH).header("If-Match", etagOf(path(a))).body(Map.of("follows", c))
                    .patch(path(a)).then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("/problems/validation-failed"))
                    .body("errors.field", equalTo(List.of("follows")))
                    .body("errors[0].message", equalTo("would close a cycle: '" + c + "' already follows this "
                            + "recommendation, directly or through other recommendations"));
            given().get(path(a)).then().body("follows", nullValue());
        }

        @Test
        void aRecommendationCannotFollowItself() {
            String own = create(recommendation(country().mission(null), 1));
            given().contentType(MERGE_PATCH).header("If-Match", etagOf(path(own))).body(Map.of("follows", own))
                    .patch(path(own)).then().statusCode(400).body("errors.field", equalTo(List.of("follows")));
        }
    }

    @Nested
    class Listing {

        @Test
        void theListIsInMissionDateOrderThenNumberAndPagesThroughEverything() {
            Country own = Country.create();
            String late = own.mission("2021-01-01");
            String early = own.mission(null); // dated by the election's polling day, 2020-06-01
            String late2 = create(recommendation(late, 2));
            String late1 = create(recommendation(late, 1));
            String early1 = create(recommendation(early, 1));
            List<String> seen = new ArrayList<>();
            String token = null;
            do {
                var request = given().queryParam("countryId", own.id()).queryParam("pageSize", 2);
                if (token != null) {
                    request.queryParam("pageToken", token);
                }
                var page = request.get(RECOMMENDATIONS).then().statusCode(200).extract();
                seen.addAll(page.path("items.id"));
                token = page.path("nextPageToken");
            } while (token != null);
            assertThat(seen).containsExactly(early1, late1, late2);
        }

        @Test
        void filtersNarrowTheList() {
            String missionId = country().mission("2020-05-25");
            Map<String, Object> polling = recommendation(missionId, 1);
            polling.put("phase", "POLLING");
            polling.put("addressees", List.of(Map.of("kind", "MEDIA"), Map.of("kind", "PARLIAMENT")));
            polling.put("title", Map.of("en", "Translucent ink everywhere", "km", "ទឹកខ្មៅ"));
            String pollingId = create(polling);
            String registrationId = create(recommendation(missionId, 2));
            assess(registrationId, assessmentFrom(organization(), "2021-01-01", "NOT_IMPLEMENTED"));

            assertThat(listed(Map.of("missionId", missionId))).containsExactly(pollingId, registrationId);
            assertThat(listed(Map.of("countryId", country().id()))).contains(pollingId, registrationId);
            assertThat(listed(Map.of("electionId", country().electionId()))).contains(pollingId, registrationId);
            assertThat(listed(Map.of("missionId", missionId, "phase", "POLLING"))).containsExactly(pollingId);
            assertThat(listed(Map.of("missionId", missionId, "addressee", "PARLIAMENT"))).containsExactly(pollingId);
            assertThat(listed(Map.of("missionId", missionId, "addressee", "ELECTION_MANAGEMENT_BODY")))
                    .containsExactly(registrationId);
            assertThat(listed(Map.of("missionId", missionId, "status", "NOT_IMPLEMENTED"))).containsExactly(registrationId);
            assertThat(listed(Map.of("missionId", missionId, "status", "NOT_ASSESSED"))).containsExactly(pollingId);
            assertThat(listed(Map.of("missionId", missionId, "q", "TRANSLUCENT"))).containsExactly(pollingId);
            assertThat(listed(Map.of("missionId", missionId, "q", "ខ្មៅ"))).containsExactly(pollingId);
            assertThat(listed(Map.of("electionId", "kh-na-2023-07-23", "missionId", missionId))).isEmpty();
            String registrationUpdatedAt = given().get(path(registrationId)).path("updatedAt");
            assertThat(listed(Map.of("missionId", missionId, "updatedSince", registrationUpdatedAt)))
                    .contains(registrationId);
        }

        @Test
        void filtersOfTheWrongTypeAreRefusedAndUnknownValuesFindNothing() {
            given().queryParam("missionId", "not-a-uuid").queryParam("addressee", "GOVERNMENT_OF_JAPAN")
                    .get(RECOMMENDATIONS).then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", containsInAnyOrder("missionId", "addressee"));
            given().queryParam("status", "DONE").get(RECOMMENDATIONS).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("status")));
            given().queryParam("countryId", "ZZ").get(RECOMMENDATIONS).then().statusCode(200).body("items", hasSize(0));
        }

        @Test
        void anUnknownRecommendationIsNotFound() {
            given().get(path(UNKNOWN)).then().statusCode(404).contentType(PROBLEM)
                    .body("type", equalTo("/problems/not-found"))
                    .body("detail", equalTo("There is no recommendation '" + UNKNOWN + "'."));
            given().get(path("not-a-uuid")).then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", equalTo(List.of("recommendationId")));
        }
    }

    @Nested
    class Updating {

        @Test
        void aPatchChangesOnlyWhatItNamesAndNeedsTheCurrentEtag() {
            Map<String, Object> body = recommendation(country().mission("2020-05-20"), 1);
            body.put("title", Map.of("en", "Publish the voter list"));
            body.put("priority", "HIGH");
            body.put("source", Map.of("citation", "A report", "page", "3"));
            String id = create(body);
            String createdAt = given().get(path(id)).path("createdAt");
            given().contentType(MERGE_PATCH).body(Map.of("priority", "LOW")).patch(path(id)).then().statusCode(428)
                    .contentType(PROBLEM).body("type", equalTo("/problems/precondition-required"));
            given().contentType(MERGE_PATCH).header("If-Match", "\"stale\"").body(Map.of("priority", "LOW"))
                    .patch(path(id)).then().statusCode(412).body("type", equalTo("/problems/precondition-failed"));

            Map<String, Object> changes = new HashMap<>();
            changes.put("priority", null);
            changes.put("title", Map.of("km", "អនុសាសន៍"));
            changes.put("source", Map.of("page", "4"));
            given().contentType(MERGE_PATCH).header("If-Match", etagOf(path(id))).body(changes).patch(path(id)).then()
                    .statusCode(200)
                    .body("priority", nullValue())
                    .body("title.en", equalTo("Publish the voter list"))
                    .body("title.km", equalTo("អនុសាសន៍"))
                    .body("source.citation", equalTo("A report"))
                    .body("source.page", equalTo("4"))
                    .body("createdAt", equalTo(createdAt))
                    .body("updatedAt", not(equalTo(createdAt)));
        }

        @Test
        void theMissionIsFixedAndAPatchIsCheckedLikeACreateBody() {
            String id = create(recommendation(country().mission(null), 1));
            given().contentType(MERGE_PATCH).header("If-Match", etagOf(path(id)))
                    .body(Map.of("missionId", MISSION_2023)).patch(path(id)).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("missionId")));
            given().contentType(MERGE_PATCH).header("If-Match", etagOf(path(id)))
                    .body(Map.of("number", 0, "source", Map.of("citation", ""))).patch(path(id)).then().statusCode(400)
                    .contentType(PROBLEM).body("errors.field", containsInAnyOrder("number", "source.citation"));
            given().contentType(MERGE_PATCH).header("If-Match", etagOf(path(id)))
                    .body(Map.of("title", Map.of("en", " "), "addressees", List.of(Map.of("kind", "OTHER"))))
                    .patch(path(id)).then().statusCode(400)
                    .contentType(PROBLEM).body("errors.field", containsInAnyOrder("title.en", "addressees[0].name"));
            given().contentType(MERGE_PATCH).header("If-Match", etagOf(path(id)))
                    .body(Map.of("phase", "ELECTION_DAY")).patch(path(id)).then().statusCode(400)
                    .contentType(PROBLEM).body("errors.field", equalTo(List.of("phase")));
        }

        @Test
        void renumberingToATakenNumberIsAConflict() {
            String missionId = country().mission(null);
            String first = create(recommendation(missionId, 1));
            String second = create(recommendation(missionId, 2));
            given().contentType(MERGE_PATCH).header("If-Match", etagOf(path(second))).body(Map.of("number", 1))
                    .patch(path(second)).then().statusCode(409).contentType(PROBLEM)
                    .body("detail", equalTo("Mission '" + missionId + "' already has a recommendation number 1: '"
                            + first + "'."));
            given().get(path(second)).then().body("number", equalTo(2));
        }

        @Test
        void anUpdateThatChangesNothingKeepsTheEtag() {
            String id = create(recommendation(country().mission(null), 1));
            String etag = etagOf(path(id));
            given().contentType(MERGE_PATCH).header("If-Match", etag).body(Map.of("phase", "VOTER_REGISTRATION"))
                    .patch(path(id)).then().statusCode(200).header("ETag", etag);
        }
    }

    @Nested
    class Deleting {

        @Test
        void aRecommendationGoesWithItsAssessments() {
            String missionId = country().mission("2020-05-20");
            String id = create(recommendation(missionId, 1));
            String assessmentId = assess(id, assessmentBy(missionId, "2020-06-01", "NOT_IMPLEMENTED"));
            given().delete(path(id)).then().statusCode(428);
            given().header("If-Match", "\"stale\"").delete(path(id)).then().statusCode(412);
            given().header("If-Match", etagOf(path(id))).delete(path(id)).then().statusCode(204);
            given().get(path(id)).then().statusCode(404);
            given().get(path(id) + "/assessments/" + assessmentId).then().statusCode(404);
        }

        @Test
        void aRecommendationThatOthersFollowIsKept() {
            String earlier = create(recommendation(country().mission("2018-01-10"), 1));
            String later = create(following(country().mission("2020-05-20"), 1, earlier));
            given().header("If-Match", etagOf(path(earlier))).delete(path(earlier)).then().statusCode(409)
                    .contentType(PROBLEM)
                    .body("detail", equalTo("Recommendation '" + earlier + "' is followed by '" + later
                            + "'; change their follows first."));
            given().get(path(earlier)).then().statusCode(200);
        }

        @Test
        void aMissionWithRecommendationsIsNotDeleted() {
            String missionId = country().mission(null);
            String id = create(recommendation(missionId, 1));
            given().header("If-Match", etagOf("/v1/missions/" + missionId)).delete("/v1/missions/" + missionId).then()
                    .statusCode(409).contentType(PROBLEM).body("type", equalTo("/problems/conflict"));
            given().get("/v1/missions/" + missionId).then().statusCode(200);
            given().get(path(id)).then().statusCode(200);
        }
    }
}
