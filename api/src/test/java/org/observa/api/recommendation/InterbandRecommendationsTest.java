package org.observa.api.recommendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.observa.api.recommendation.RecommendationRequests.EARLIER_PROPOSAL;
import static org.observa.api.recommendation.RecommendationRequests.EXPORTING_EXPERIENCE_2023;
import static org.observa.api.recommendation.RecommendationRequests.INTERBAND;
import static org.observa.api.recommendation.RecommendationRequests.MISSION_2013;
import static org.observa.api.recommendation.RecommendationRequests.MISSION_2023;
import static org.observa.api.recommendation.RecommendationRequests.PROPOSAL_ASSESSED_2023;
import static org.observa.api.recommendation.RecommendationRequests.TRANSPARENT_INK_2023;
import static org.observa.api.recommendation.RecommendationRequests.VOTER_REGISTRATION_2023;
import static org.observa.api.recommendation.RecommendationRequests.path;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

/**
 * The report's recommendations as the demo data holds them (the done-when). Other tests record
 * their recommendations in countries of their own, so Cambodia's counts are the demo data's alone.
 */
@QuarkusTest
class InterbandRecommendationsTest extends ApiTest {

    @Test
    void theChainOfThe2023VoterRegistrationRecommendationStartsWithTheEarlierProposalAndItsAssessment() {
        given().get(path(VOTER_REGISTRATION_2023) + "/chain").then().statusCode(200)
                .body("recommendationId", equalTo(VOTER_REGISTRATION_2023))
                .body("items.recommendation.id", equalTo(List.of(EARLIER_PROPOSAL, VOTER_REGISTRATION_2023)))
                .body("items.missionDate", equalTo(List.of("2013-07-28", "2023-07-13")))
                .body("items[0].recommendation.missionId", equalTo(MISSION_2013))
                .body("items[0].recommendation.status", equalTo("FULLY_IMPLEMENTED"))
                .body("items[0].assessments", hasSize(1))
                .body("items[0].assessments[0].id", equalTo(PROPOSAL_ASSESSED_2023))
                .body("items[0].assessments[0].assessedOn", equalTo("2023-07-23"))
                .body("items[0].assessments[0].missionId", equalTo(MISSION_2023))
                .body("items[0].assessments[0].organizationId", equalTo(INTERBAND))
                .body("items[0].assessments[0].status", equalTo("FULLY_IMPLEMENTED"))
                .body("items[0].assessments[0].evidence", hasSize(2))
                .body("items[1].recommendation.follows", equalTo(EARLIER_PROPOSAL))
                .body("items[1].assessments", hasSize(0));
        // The same chain, seen from its other end.
        given().get(path(EARLIER_PROPOSAL) + "/chain").then().statusCode(200)
                .body("items.recommendation.id", equalTo(List.of(EARLIER_PROPOSAL, VOTER_REGISTRATION_2023)));
    }

    @Test
    void statisticsByStatusCountTheDemoData() {
        given().queryParam("countryId", "KH").queryParam("groupBy", "status").get("/v1/recommendation-stats").then()
                .statusCode(200)
                .body("countryId", equalTo("KH"))
                .body("groupBy", equalTo("status"))
                .body("total", equalTo(4))
                .body("groups.key", equalTo(List.of("NOT_ASSESSED", "NOT_IMPLEMENTED", "PARTIALLY_IMPLEMENTED",
                        "MOSTLY_IMPLEMENTED", "FULLY_IMPLEMENTED", "NO_LONGER_RELEVANT")))
                .body("groups.count", equalTo(List.of(3, 0, 0, 0, 1, 0)))
                .body("groups.share", equalTo(List.of(75.0f, 0.0f, 0.0f, 0.0f, 25.0f, 0.0f)));
    }

    @Test
    void statisticsByAddresseePhaseAndMissionCountTheDemoData() {
        given().queryParam("countryId", "KH").queryParam("groupBy", "addressee").get("/v1/recommendation-stats").then()
                .statusCode(200).body("total", equalTo(4))
                .body("groups.find { it.key == 'DONOR_GOVERNMENTS' }.count", equalTo(3))
                .body("groups.find { it.key == 'GOVERNMENT_OF_HOST_COUNTRY' }.count", equalTo(2))
                .body("groups.find { it.key == 'ELECTION_MANAGEMENT_BODY' }.count", equalTo(2))
                .body("groups.find { it.key == 'ELECTION_MANAGEMENT_BODY' }.share", equalTo(50.0f))
                .body("groups.find { it.key == 'MEDIA' }.count", equalTo(0));
        given().queryParam("countryId", "KH").queryParam("groupBy", "phase").get("/v1/recommendation-stats").then()
                .statusCode(200)
                .body("groups.find { it.key == 'VOTER_REGISTRATION' }.count", equalTo(3))
                .body("groups.find { it.key == 'POLLING' }.count", equalTo(1));
        given().queryParam("countryId", "KH").queryParam("groupBy", "mission").get("/v1/recommendation-stats").then()
                .statusCode(200)
                .body("groups.find { it.key == '" + MISSION_2013 + "' }.count", equalTo(1))
                .body("groups.find { it.key == '" + MISSION_2023 + "' }.count", equalTo(3))
                .body("groups.find { it.key == '" + MISSION_2023 + "' }.share", equalTo(75.0f));
    }

    @Test
    void theReportsThreeRecommendationsAreAddressedAsTheReportSays() {
        given().queryParam("missionId", MISSION_2023).get("/v1/recommendations").then().statusCode(200)
                .body("items.id", equalTo(List.of(VOTER_REGISTRATION_2023, EXPORTING_EXPERIENCE_2023, TRANSPARENT_INK_2023)))
                .body("items.number", equalTo(List.of(1, 2, 3)))
                .body("items[0].addressees.kind", equalTo(List.of("DONOR_GOVERNMENTS", "ELECTION_MANAGEMENT_BODY")))
                .body("items[0].addressees[0].name", equalTo("Government of Japan"))
                .body("items[1].addressees.name", equalTo(List.of("Government of Japan", "Government of Cambodia")))
                .body("items[2].addressees.kind", equalTo(List.of("ELECTION_MANAGEMENT_BODY")))
                .body("items.phase", equalTo(List.of("VOTER_REGISTRATION", "VOTER_REGISTRATION", "POLLING")))
                .body("items.status", equalTo(List.of("NOT_ASSESSED", "NOT_ASSESSED", "NOT_ASSESSED")))
                .body("items[0].priority", nullValue());
    }
}
