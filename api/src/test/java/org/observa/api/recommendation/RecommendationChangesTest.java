package org.observa.api.recommendation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.observa.api.recommendation.RecommendationRequests.assess;
import static org.observa.api.recommendation.RecommendationRequests.assessmentBy;
import static org.observa.api.recommendation.RecommendationRequests.assessments;
import static org.observa.api.recommendation.RecommendationRequests.country;
import static org.observa.api.recommendation.RecommendationRequests.create;
import static org.observa.api.recommendation.RecommendationRequests.etagOf;
import static org.observa.api.recommendation.RecommendationRequests.patch;
import static org.observa.api.recommendation.RecommendationRequests.path;
import static org.observa.api.recommendation.RecommendationRequests.recommendation;
import static org.observa.api.support.ChangeFeeds.endOfFeed;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

/** Every write of the module reaches the change feed, a status moved by an assessment included. */
@QuarkusTest
class RecommendationChangesTest extends ApiTest {

    private record Seen(String type, String id, String operation, String link) {
    }

    /** The changes after the cursor that concern the given ids (other tests may write meanwhile). */
    private static List<Seen> changesOf(String cursor, List<String> ids) {
        List<Map<String, String>> items = given().queryParam("after", cursor).queryParam("pageSize", 500)
                .get("/v1/changes").then().statusCode(200).extract().path("items");
        List<Seen> seen = new ArrayList<>();
        items.stream().filter(i -> ids.contains(i.get("id")))
                .forEach(i -> seen.add(new Seen(i.get("type"), i.get("id"), i.get("operation"), i.get("link"))));
        return seen;
    }

    @Test
    void recommendationsAndAssessmentsAppearInTheChangeFeedWithTheirLinks() {
        String missionId = country().mission("2020-05-20");
        String cursor = endOfFeed();

        String id = create(recommendation(missionId, 1));
        patch(path(id), Map.of("priority", "HIGH"));
        String assessmentId = assess(id, assessmentBy(missionId, "2020-05-25", "NOT_IMPLEMENTED"));
        String assessmentPath = assessments(id) + "/" + assessmentId;
        given().header("If-Match", etagOf(assessmentPath)).delete(assessmentPath).then().statusCode(204);
        given().header("If-Match", etagOf(path(id))).delete(path(id)).then().statusCode(204);

        String link = "/v1/recommendations/" + id;
        String assessmentLink = link + "/assessments/" + assessmentId;
        assertThat(changesOf(cursor, List.of(id, assessmentId))).containsExactly(
                new Seen("recommendation", id, "CREATE", link),
                new Seen("recommendation", id, "UPDATE", link),
                new Seen("assessment", assessmentId, "CREATE", assessmentLink),
                // the assessment moved the recommendation's status, so the recommendation changed too
                new Seen("recommendation", id, "UPDATE", link),
                new Seen("assessment", assessmentId, "DELETE", assessmentLink),
                new Seen("recommendation", id, "UPDATE", link),
                new Seen("recommendation", id, "DELETE", link));
    }
}
