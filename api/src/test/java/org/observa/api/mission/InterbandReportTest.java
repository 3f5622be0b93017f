package org.observa.api.mission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.observa.api.mission.MissionRequests.COMFREL;
import static org.observa.api.mission.MissionRequests.CPP;
import static org.observa.api.mission.MissionRequests.EMBASSY_OF_JAPAN;
import static org.observa.api.mission.MissionRequests.INTERBAND;
import static org.observa.api.mission.MissionRequests.MISSION_2023;
import static org.observa.api.mission.MissionRequests.NEC;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

/**
 * What sections 1–3 of Interband's 2023 report say about the mission, its meetings and its evaluation
 * reads back from the demo data (see shared/docs/source-report.md).
 */
@QuarkusTest
class InterbandReportTest extends ApiTest {

    private static final String MISSION = "/v1/missions/" + MISSION_2023;

    @Test
    void theMissionIsInterbandsFifthToCambodiaIn2023() {
        given().get(MISSION).then().statusCode(200)
                .body("organizationId", equalTo(INTERBAND))
                .body("electionId", equalTo("kh-na-2023-07-23"))
                .body("countryId", equalTo("KH"))
                .body("status", equalTo("REPORTED"))
                .body("startDate", equalTo("2023-07-13"))
                .body("endDate", equalTo("2023-07-23"))
                .body("teamMembers", equalTo(List.of(Map.of("name", "Naoto Sakaguchi", "role", "PROJECT_MANAGER"))))
                .body("deploymentAreaIds", equalTo(List.of("KH-12", "KH-6")))
                .body("sources[0].citation",
                        startsWith("Interband, \"Cambodia National Assembly Election 2023 Monitoring Report\""))
                .body("background.en", containsString("Atsuhito Nakata"))
                .body("background.en", containsString("sent election monitoring missions to Cambodia in 2002, 2003, 2013, and 2018"));
    }

    @Test
    void itsNotesCorrectTheReportsYearAndSayWhatItDidOnPollingDay() {
        given().get(MISSION).then()
                .body("notes", containsString("\"July 13-21, 2012\": the year is a typo for 2023"))
                .body("notes", containsString("19 polling stations in 7 schools in Kampong Thom Province"));
    }

    @Test
    void itHasTheThreeObjectivesOfSection2InOrder() {
        given().get(MISSION).then()
                .body("objectives", hasSize(3))
                .body("objectives[0].en", startsWith("To inspect the current state of peace and democracy in Cambodia"))
                .body("objectives[1].en", containsString("linked to the host computer of the Election Commission"))
                .body("objectives[2].en", startsWith("To monitor voting and vote counting in Kompong Thom Province"));
    }

    @Test
    void itsSixPhnomPenhEngagementsAreInTheReportsOrder() {
        given().get(MISSION + "/engagements").then().statusCode(200)
                .body("items", hasSize(6))
                .body("items.kind", equalTo(List.of("MEETING", "MEETING", "MEETING", "INTERVIEW",
                        "CAMPAIGN_OBSERVATION", "HEARING")))
                .body("items.counterpartId", equalTo(Arrays.asList(COMFREL, EMBASSY_OF_JAPAN, NEC, null, CPP, null)))
                .body("items.peopleMet.name", equalTo(List.of(List.of("Kim Chhorn"), List.of("Atsushi Ueno"),
                        List.of("Hang Puthea"), List.of(), List.of(), List.of())))
                .body("items[1].peopleMet[0].title", equalTo("Ambassador"))
                .body("items.startDate", equalTo(Collections.nCopies(6, "2023-07-13")))
                .body("items.endDate", equalTo(Collections.nCopies(6, "2023-07-21")))
                .body("items.divisionId", equalTo(Collections.nCopies(6, "KH-12")))
                .body("items[3].summary.en", startsWith("Interviews with researchers on Cambodian politics and electoral system."))
                .body("items[4].summary.en", startsWith("Monitoring of the People's Party's election campaign and soup kitchen"))
                .body("items[5].summary.en", startsWith("Hearing on political awareness of young people at universities, etc."));
    }

    @Test
    void theCounterpartsAreOrganisations() {
        given().get("/v1/organizations/" + COMFREL).then().statusCode(200).body("classification", equalTo("OBSERVER_GROUP"));
        given().get("/v1/organizations/" + EMBASSY_OF_JAPAN).then().statusCode(200)
                .body("name.en", equalTo("Embassy of Japan in Cambodia")).body("classification", equalTo("EMBASSY"));
        given().get("/v1/organizations/" + NEC).then().statusCode(200)
                .body("abbreviation", equalTo("NEC")).body("classification", equalTo("ELECTION_MANAGEMENT_BODY"));
        given().get("/v1/organizations/" + CPP).then().statusCode(200)
                .body("name.en", equalTo("Cambodian People's Party")).body("classification", equalTo("POLITICAL_PARTY"));
        given().get("/v1/divisions/JP").then().statusCode(200).body("level", equalTo("COUNTRY")).body("name.ja", equalTo("日本"));
    }

    @Test
    void itsEvaluationHasEveryPositivePointChallengeAndComment() {
        given().get(MISSION + "/findings").then().statusCode(200)
                .body("items.kind", equalTo(List.of("POSITIVE", "POSITIVE", "CHALLENGE", "CHALLENGE", "CHALLENGE",
                        "CHALLENGE", "COMMENT", "COMMENT")))
                .body("items.phase", equalTo(List.of("VOTER_REGISTRATION", "POLLING", "POLITICAL_FREEDOMS",
                        "POLITICAL_FREEDOMS", "CANDIDATE_REGISTRATION", "MEDIA", "POLITICAL_FREEDOMS", "LEGAL_FRAMEWORK")))
                .body("items[0].text.en", containsString("from 14.68 million to 16.03 million"))
                .body("items[0].text.en", containsString("from 9.68 million to 8.38 million"))
                .body("items[0].text.en", containsString("There were 9.71 million voters this time"))
                .body("items[1].text.en", startsWith("This time, there was no confusion at the polling stations regarding voting rights."))
                .body("items[2].text.en", equalTo("Lack of tolerance for dissenting opinions, including political participation by opposition parties."))
                .body("items[3].text.en", equalTo("Lack of freedom for citizens to express their political opinions."))
                .body("items[4].text.en", equalTo("The freedom to run for election and become a member of parliament may be threatened."))
                .body("items[5].text.en", equalTo("Very difficult to have a media presence that is critical of the government."))
                .body("items[6].text.en", startsWith("We extremely regret the lack of participation of the largest opposition party"))
                .body("items[7].text.en", startsWith("We believe that a fair government can only come from a fair electoral system."))
                .body("items.evidence.flatten()", hasSize(0));
    }
}
