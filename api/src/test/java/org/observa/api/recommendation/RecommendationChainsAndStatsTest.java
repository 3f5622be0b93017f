package org.observa.api.recommendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.observa.api.recommendation.RecommendationRequests.PROBLEM;
import static org.observa.api.recommendation.RecommendationRequests.assess;
import static org.observa.api.recommendation.RecommendationRequests.assessmentBy;
import static org.observa.api.recommendation.RecommendationRequests.country;
import static org.observa.api.recommendation.RecommendationRequests.create;
import static org.observa.api.recommendation.RecommendationRequests.following;
import static org.observa.api.recommendation.RecommendationRequests.path;
import static org.observa.api.recommendation.RecommendationRequests.recommendation;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observa.api.recommendation.RecommendationRequests.Country;
import org.observa.api.support.ApiTest;

@QuarkusTest
class RecommendationChainsAndStatsTest extends ApiTest {

    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    @Test
    void aChainHoldsEverythingBeforeAndTheWholeTreeAfterOldestFirst() {
        // a (2018) <- b (2019) <- c (2021), and b <- d (2020): the tree after b; a <- e (2022): another branch of a
        Country country = country();
        String mission2018 = country.mission("2018-01-01");
        String mission2019 = country.mission("2019-01-01");
        String mission2020 = country.mission(null); // dated by its election, 2020-06-01
        String mission2021 = country.mission("2021-01-01");
        String a = create(recommendation(mission2018, 1));
        String b = create(following(mission2019, 1, a));
        String c = create(following(mission2021, 1, b));
        String d = create(following(mission2020, 4, b));
        String e = create(following(country.mission("2022-01-01"), 1, a));
        String assessed = assess(b, assessmentBy(mission2021, "2021-01-05", "PARTIALLY_IMPLEMENTED"));
        String reassessed = assess(b, assessmentBy(mission2020, "2020-06-02", "NOT_IMPLEMENTED"));

        given().get(path(b) + "/chain").then().statusCode(200)
                .body("recommendationId", equalTo(b))
                .body("items.recommendation.id", equalTo(List.of(a, b, d, c)))
                .body("items.missionDate", equalTo(List.of("2018-01-01", "2019-01-01", "2020-06-01", "2021-01-01")))
                .body("items[1].assessments.id", equalTo(List.of(reassessed, assessed)))
                .body("items[1].recommendation.status", equalTo("PARTIALLY_IMPLEMENTED"))
                .body("items[0].assessments", hasSize(0));
        given().get(path(c) + "/chain").then().statusCode(200).body("items.recommendation.id", equalTo(List.of(a, b, c)));
        given().get(path(a) + "/chain").then().statusCode(200)
                .body("items.recommendation.id", equalTo(List.of(a, b, d, c, e)));
    }

    @Test
    void aChainIsCachedByItsEtagAndChangesWithANewLink() {
        Country country = country();
        String first = create(recommendation(country.mission("2018-01-01"), 1));
        String etag = given().get(path(first) + "/chain").then().statusCode(200).body("items", hasSize(1))
                .extract().header("ETag");
        given().header("If-None-Match", etag).get(path(first) + "/chain").then().statusCode(304);
        create(following(country.mission("2019-01-01"), 1, first));
        given().header("If-None-Match", etag).get(path(first) + "/chain").then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void theChainOfAnUnknownRecommendationIsNotFound() {
        given().get(path(UNKNOWN) + "/chain").then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("/problems/not-found"))
                .body("detail", equalTo("There is no recommendation '" + UNKNOWN + "'."));
    }

    @Test
    void statisticsCountOnlyTheCountrysRecommendations() {
        Country country = Country.create();
        String early = country.mission("2019-01-01");
        String late = country.mission("2021-01-01");
        String assessed = create(recommendation(early, 1));
        Map<String, Object> polling = recommendation(late, 1);
        polling.put("phase", "POLLING");
        create(polling);
        create(recommendation(late, 2));
        assess(assessed, assessmentBy(late, "2021-01-02", "MOSTLY_IMPLEMENTED"));

        given().queryParam("countryId", country.id()).queryParam("groupBy", "status").get("/v1/recommendation-stats")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("groups.find { it.key == 'NOT_ASSESSED' }.count", equalTo(2))
                .body("groups.find { it.key == 'NOT_ASSESSED' }.share", equalTo(66.67f))
                .body("groups.find { it.key == 'MOSTLY_IMPLEMENTED' }.share", equalTo(33.33f));
        given().queryParam("countryId", country.id()).queryParam("groupBy", "mission").get("/v1/recommendation-stats")
                .then().statusCode(200)
                .body("groups.key", equalTo(List.of(early, late)))
                .body("groups.count", equalTo(List.of(1, 2)));
        given().queryParam("countryId", country.id()).queryParam("groupBy", "phase").get("/v1/recommendation-stats")
                .then().statusCode(200)
                .body("groups.find { it.key == 'POLLING' }.count", equalTo(1))
                .body("groups.find { it.key == 'VOTER_REGISTRATION' }.count", equalTo(2));
    }

    @Test
    void aCountryWithoutRecommendationsHasZeroCountsAndNoShares() {
        given().queryParam("countryId", "ZZ").queryParam("groupBy", "addressee").get("/v1/recommendation-stats").then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("groups", hasSize(9))
                .body("groups.count", everyItem(equalTo(0)))
                .body("groups.share", everyItem(nullValue()));
    }

    @Test
    void theCountryAndTheGroupingAreRequiredAndTheGroupingIsOneOfFour() {
        given().queryParam("groupBy", "status").get("/v1/recommendation-stats").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", equalTo(List.of("countryId")));
        given().queryParam("countryId", "KH").queryParam("groupBy", "priority").get("/v1/recommendation-stats").then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", equalTo(List.of("groupBy")));
        given().queryParam("countryId", "KH").get("/v1/recommendation-stats").then().statusCode(400)
                .body("errors.field", equalTo(List.of("groupBy")));
    }

    @Test
    void statisticsAreCachedByTheirEtag() {
        String etag = given().queryParam("countryId", "KH").queryParam("groupBy", "phase")
                .get("/v1/recommendation-stats").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).queryParam("countryId", "KH").queryParam("groupBy", "phase")
                .get("/v1/recommendation-stats").then().statusCode(304);
    }
}
