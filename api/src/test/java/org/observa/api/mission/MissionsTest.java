package org.observa.api.mission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.observa.api.mission.MissionRequests.INTERBAND;
import static org.observa.api.mission.MissionRequests.MERGE_PATCH;
import static org.observa.api.mission.MissionRequests.MISSION_2023;
import static org.observa.api.mission.MissionRequests.PROBLEM;
import static org.observa.api.mission.MissionRequests.createEngagement;
import static org.observa.api.mission.MissionRequests.createFinding;
import static org.observa.api.mission.MissionRequests.createMission;
import static org.observa.api.mission.MissionRequests.createOrganization;
import static org.observa.api.mission.MissionRequests.engagement;
import static org.observa.api.mission.MissionRequests.etagOf;
import static org.observa.api.mission.MissionRequests.finding;
import static org.observa.api.mission.MissionRequests.mission;
import static org.observa.api.mission.MissionRequests.patch;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;
import org.observa.api.support.TestCountries;

@QuarkusTest
class MissionsTest extends ApiTest {

    /** Interband's missions to Cambodia in the demo data, in date order: 2002, 2003, 2013, 2018, 2023. */
    static final List<String> INTERBAND_SERIES = List.of("6857c0f0-5031-4d96-b3a8-3249411f8719",
            "c9669588-904f-4b80-ac29-a120deb3d6b6", "fd467d85-cad1-4435-a164-cfb494847e9a",
            "083133c6-85e4-439e-933d-47bc11ccf355", MISSION_2023);

    private static List<String> missionIds(Map<String, Object> filters) {
        return given().queryParams(filters).queryParam("pageSize", 500).get("/v1/missions").then().statusCode(200)
                .extract().path("items.id");
    }

    private static Map<String, Object> withDates(Map<String, Object> body, String start, String end) {
        body.remove("startDate");
        body.remove("endDate");
        if (start != null) {
            body.put("startDate", start);
        }
        if (end != null) {
            body.put("endDate", end);
        }
        return body;
    }

    @Nested
    class Listing {

        @Test
        void interbandsFiveMissionsAreListedInDateOrder() {
            given().queryParam("organizationId", INTERBAND).get("/v1/missions").then().statusCode(200)
                    .body("items.id", equalTo(INTERBAND_SERIES))
                    .body("items.electionId", equalTo(List.of("kh-commune-2002-02-03", "kh-na-2003-07-27",
                            "kh-na-2013-07-28", "kh-na-2018-07-29", "kh-na-2023-07-23")))
                    .body("nextPageToken", nullValue());
        }

        @Test
        void pagingThroughInterbandsMissionsTwoAtATimeYieldsEachExactlyOnce() {
            List<String> seen = new ArrayList<>();
            List<Integer> pageSizes = new ArrayList<>();
            String token = null;
            do {
                var request = given().queryParam("organizationId", INTERBAND).queryParam("pageSize", 2);
                if (token != null) {
                    request.queryParam("pageToken", token);
                }
                Response page = request.get("/v1/missions").then().statusCode(200).extract().response();
                List<String> ids = page.path("items.id");
                seen.addAll(ids);
                pageSizes.add(ids.size());
                token = page.path("nextPageToken");
                if (token != null) {
                    assertThat(page.header("Link")).startsWith("</v1/missions?").contains("pageToken=" + token);
                }
            } while (token != null);
            assertThat(pageSizes).containsExactly(2, 2, 1);
            assertThat(seen).isEqualTo(INTERBAND_SERIES);
        }

        @Test
        void aMissionWithoutAStartDateIsListedUnderItsElectionsPollingDay() {
            String organization = createOrganization();
            String august = createMission(withDates(mission(organization), "2023-08-01", null));
            String undated = createMission(withDates(mission(organization), null, null));
            String early = createMission(withDates(mission(organization), "2023-07-01", "2023-07-24"));
            assertThat(missionIds(Map.of("organizationId", organization))).containsExactly(early, undated, august);
        }

        @Test
        void fromAndToKeepTheMissionsThatOverlapTheRange() {
            assertThat(missionIds(Map.of("organizationId", INTERBAND, "from", "2023-07-20", "to", "2023-07-20")))
                    .containsExactly(MISSION_2023);
            assertThat(missionIds(Map.of("organizationId", INTERBAND, "from", "2023-07-24"))).isEmpty();
            assertThat(missionIds(Map.of("organizationId", INTERBAND, "to", "2003-12-31")))
                    .isEqualTo(INTERBAND_SERIES.subList(0, 2));
            assertThat(missionIds(Map.of("organizationId", INTERBAND, "from", "2013-07-28", "to", "2018-12-31")))
                    .isEqualTo(INTERBAND_SERIES.subList(2, 4));
        }

        @Test
        void filtersByElectionCountryStatusAndTitle() {
            assertThat(missionIds(Map.of("organizationId", INTERBAND, "status", "REPORTED"))).containsExactly(MISSION_2023);
            assertThat(missionIds(Map.of("electionId", "kh-na-2018-07-29", "organizationId", INTERBAND)))
                    .containsExactly(INTERBAND_SERIES.get(3));
            assertThat(missionIds(Map.of("countryId", "KH"))).containsAll(INTERBAND_SERIES);
            assertThat(missionIds(Map.of("q", "COMMUNE ELECTIONS", "organizationId", INTERBAND)))
                    .containsExactly(INTERBAND_SERIES.get(0));
        }

        @Test
        void anUnknownFilterValueGivesAnEmptyPageAndAWrongTypeA400() {
            given().queryParam("organizationId", "00000000-0000-4000-8000-000000000000").get("/v1/missions").then()
                    .statusCode(200).body("items", hasSize(0));
            given().queryParam("organizationId", "interband").queryParam("status", "DONE").queryParam("from", "July")
                    .get("/v1/missions").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", containsInAnyOrder("organizationId", "status", "from"));
        }

        @Test
        void updatedSinceReturnsOnlyLaterChanges() {
            String organization = createOrganization();
            String id = createMission(mission(organization));
            String createdAt = given().get("/v1/missions/" + id).path("createdAt");
            assertThat(missionIds(Map.of("updatedSince", createdAt))).contains(id).doesNotContain(MISSION_2023);
        }
    }

    @Nested
    class Reading {

        @Test
        void aMissionHasAnEtagAnd304WhenItIsCurrent() {
            String etag = etagOf("/v1/missions/" + MISSION_2023);
            given().header("If-None-Match", etag).get("/v1/missions/" + MISSION_2023).then().statusCode(304);
        }

        @Test
        void anUnknownMissionIsA404AndAMalformedIdA400() {
            String id = "00000000-0000-4000-8000-000000000000";
            given().get("/v1/missions/" + id).then().statusCode(404).contentType(PROBLEM)
                    .body("type", equalTo("/problems/not-found"))
                    .body("detail", equalTo("There is no mission '" + id + "'."));
            given().get("/v1/missions/2023").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("missionId")));
        }
    }

    @Nested
    class Creating {

        @Test
        void aNewMissionIsPlannedWithLocationAndEtag() {
            Map<String, Object> body = mission(createOrganization());
            body.put("teamMembers", List.of(Map.of("name", "Naoto Sakaguchi", "role", "PROJECT_MANAGER")));
            body.put("deploymentAreaIds", List.of("KH-12", "KH-6"));
            body.put("objectives", List.of(Map.of("en", "To monitor voting"), Map.of("en", "To monitor counting")));
            body.put("background", Map.of("en", "Why we went"));
            var created = given().contentType(ContentType.JSON).body(body).post("/v1/missions").then().statusCode(201)
                    .header("ETag", notNullValue())
                    .body("status", equalTo("PLANNED"))
                    .body("deploymentAreaIds", equalTo(List.of("KH-12", "KH-6")))
                    .body("objectives.en", equalTo(List.of("To monitor voting", "To monitor counting")))
                    .body("teamMembers[0].role", equalTo("PROJECT_MANAGER"))
                    .body("background.en", equalTo("Why we went"))
                    .extract();
            String id = created.path("id");
            assertThat(created.header("Location")).endsWith("/v1/missions/" + id);
            given().get("/v1/missions/" + id).then().statusCode(200).header("ETag", equalTo(created.header("ETag")));
        }

        @Test
        void withoutDatesOrBackgroundTheyAreAbsent() {
            given().contentType(ContentType.JSON).body(withDates(mission(createOrganization()), null, null))
                    .post("/v1/missions").then().statusCode(201)
                    .body("startDate", nullValue()).body("endDate", nullValue()).body("background", nullValue());
        }

        @Test
        void theEndIsNotBeforeTheStart() {
            given().contentType(ContentType.JSON)
                    .body(withDates(mission(createOrganization()), "2023-07-23", "2023-07-13"))
                    .post("/v1/missions").then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("/problems/validation-failed"))
                    .body("errors.field", equalTo(List.of("endDate")))
                    .body("errors[0].message", equalTo("cannot be before startDate"));
        }

        @Test
        void theElectionMustBeInTheMissionsCountry() {
            String country = TestCountries.create();
            Map<String, Object> body = mission(createOrganization());
            body.put("countryId", country);
            body.put("deploymentAreaIds", List.of("KH-6"));
            given().contentType(ContentType.JSON).body(body).post("/v1/missions").then().statusCode(400)
                    .body("errors.find { it.field == 'electionId' }.message",
                            equalTo("is an election in 'KH', not in the mission's country '" + country + "'"))
                    .body("errors.find { it.field == 'deploymentAreaIds[0]' }.message",
                            equalTo("is in 'KH', not in the mission's country '" + country + "'"));
        }

        @Test
        void deploymentAreasAreDivisionsOfTheCountryEachNamedOnce() {
            Map<String, Object> body = mission(createOrganization());
            body.put("deploymentAreaIds", List.of("KH-6", "JP", "KH-99", "KH-6"));
            given().contentType(ContentType.JSON).body(body).post("/v1/missions").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("deploymentAreaIds[1]", "deploymentAreaIds[2]",
                            "deploymentAreaIds[3]")))
                    .body("errors.message", equalTo(List.of("is in 'JP', not in the mission's country 'KH'",
                            "there is no division 'KH-99'", "appears twice")));
        }

        @Test
        void theOrganizationElectionAndCountryMustExist() {
            Map<String, Object> body = mission("00000000-0000-4000-8000-000000000000");
            body.put("electionId", "kh-na-1900-01-01");
            body.put("countryId", "ZZ");
            given().contentType(ContentType.JSON).body(body).post("/v1/missions").then().statusCode(400)
                    .body("errors.field", containsInAnyOrder("organizationId", "electionId", "countryId"));
        }

        @Test
        void requiredPropertiesAreAllNamed() {
            given().contentType(ContentType.JSON).body(Map.of("notes", "nothing else")).post("/v1/missions").then()
                    .statusCode(400)
                    .body("errors.field", containsInAnyOrder("organizationId", "electionId", "countryId", "title"));
        }

        @Test
        void aTeamMemberNeedsANameAndAKnownRole() {
            Map<String, Object> body = mission(createOrganization());
            body.put("teamMembers", List.of(Map.of("name", "A", "role", "DRIVER")));
            given().contentType(ContentType.JSON).body(body).post("/v1/missions").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("teamMembers[0].role")));
            body.put("teamMembers", List.of(Map.of("name", " ", "role", "OBSERVER")));
            given().contentType(ContentType.JSON).body(body).post("/v1/missions").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("teamMembers[0].name")));
        }
    }

    @Nested
    class Updating {

        @Test
        void theStatusMovesForwardAndBackOnlyFromArchivedToReported() {
            String id = createMission();
            String path = "/v1/missions/" + id;
            patch(path, Map.of("status", "ACTIVE"));
            patch(path, Map.of("status", "REPORTED"));
            given().contentType(MERGE_PATCH).header("If-Match", etagOf(path)).body(Map.of("status", "ACTIVE"))
                    .patch(path).then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", equalTo(List.of("status")))
                    .body("errors[0].message", equalTo("cannot go from REPORTED to ACTIVE: a mission moves PLANNED, "
                            + "ACTIVE, REPORTED, ARCHIVED, only forward, and from ARCHIVED back to REPORTED"));
            patch(path, Map.of("status", "ARCHIVED"));
            patch(path, Map.of("status", "REPORTED"));
            given().get(path).then().body("status", equalTo("REPORTED"));
        }

        @Test
        void theOrganizationAndCountryCannotChange() {
            String id = createMission();
            given().contentType(MERGE_PATCH).header("If-Match", "*")
                    .body(Map.of("organizationId", INTERBAND, "countryId", "JP"))
                    .patch("/v1/missions/" + id).then().statusCode(400)
                    .body("errors.field", containsInAnyOrder("organizationId", "countryId"))
                    .body("errors.find { it.field == 'organizationId' }.message",
                            equalTo("cannot be changed; a mission belongs to the organisation that sent it"));
        }

        @Test
        void newDatesMustStillHoldTheEngagements() {
            String id = createMission();
            createEngagement(id, engagement("2023-07-14", "2023-07-21"));
            given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/missions/" + id))
                    .body(Map.of("startDate", "2023-07-16", "endDate", "2023-07-19"))
                    .patch("/v1/missions/" + id).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("startDate", "endDate")))
                    .body("errors[0].message", equalTo(
                            "must be on or before 2023-07-15: an engagement of this mission begins on 2023-07-14"));
            patch("/v1/missions/" + id, Map.of("startDate", "2023-07-15", "endDate", "2023-07-20"));
        }

        @Test
        void nullRemovesOptionalPropertiesAndMovesTheMissionToItsPollingDay() {
            String organization = createOrganization();
            String id = createMission(mission(organization));
            String later = createMission(withDates(mission(organization), "2023-07-20", null));
            patch("/v1/missions/" + id, Map.of("background", Map.of("en", "Why")));
            given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/missions/" + id))
                    .body("{\"startDate\": null, \"endDate\": null, \"background\": null}")
                    .patch("/v1/missions/" + id).then().statusCode(200)
                    .body("startDate", nullValue()).body("background", nullValue());
            assertThat(missionIds(Map.of("organizationId", organization))).containsExactly(later, id);
        }

        @Test
        void withoutIfMatchTheAnswerIs428AndAStaleOneIs412() {
            String id = createMission();
            String etag = etagOf("/v1/missions/" + id);
            given().contentType(MERGE_PATCH).body(Map.of("status", "ACTIVE")).patch("/v1/missions/" + id).then()
                    .statusCode(428).body("type", equalTo("/problems/precondition-required"));
            given().contentType(MERGE_PATCH).header("If-Match", "\"stale\"").body(Map.of("status", "ACTIVE"))
                    .patch("/v1/missions/" + id).then().statusCode(412)
                    .body("type", equalTo("/problems/precondition-failed"));
            assertThat(etagOf("/v1/missions/" + id)).isEqualTo(etag);
        }

        @Test
        void aPatchThatChangesNothingKeepsTheEtag() {
            String id = createMission();
            String etag = etagOf("/v1/missions/" + id);
            given().contentType(MERGE_PATCH).header("If-Match", etag).body(Map.of("status", "PLANNED"))
                    .patch("/v1/missions/" + id).then().statusCode(200).header("ETag", etag);
        }

        @Test
        void ofTwoConcurrentPatchesWithTheSameEtagOneWinsAndTheOtherGets412() throws Exception {
            String id = createMission();
            String etag = etagOf("/v1/missions/" + id);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (String title : List.of("First", "Second")) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return given().contentType(MERGE_PATCH).header("If-Match", etag)
                                .body(Map.of("title", Map.of("en", title))).patch("/v1/missions/" + id).statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
                assertThat(statuses).containsExactlyInAnyOrder(200, 412);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class Deleting {

        @Test
        void aMissionIsDeletedWithItsEngagementsAndFindings() {
            String id = createMission();
            String engagement = createEngagement(id, engagement("2023-07-14", null));
            String finding = createFinding(id, finding("COMMENT", "CAMPAIGN"));
            String other = createMission();
            String kept = createEngagement(other, engagement("2023-07-14", null));
            given().header("If-Match", etagOf("/v1/missions/" + id)).delete("/v1/missions/" + id).then().statusCode(204);
            given().get("/v1/missions/" + id).then().statusCode(404);
            given().get("/v1/missions/" + id + "/engagements/" + engagement).then().statusCode(404);
            given().get("/v1/missions/" + id + "/findings/" + finding).then().statusCode(404);
            given().get("/v1/missions/" + other + "/engagements/" + kept).then().statusCode(200);
        }

        @Test
        void aReportedMissionWithEngagementsOrFindingsIsNotDeleted() {
            String id = createMission();
            String finding = createFinding(id, finding("POSITIVE", "POLLING"));
            patch("/v1/missions/" + id, Map.of("status", "REPORTED"));
            given().header("If-Match", etagOf("/v1/missions/" + id)).delete("/v1/missions/" + id).then()
                    .statusCode(409).contentType(PROBLEM)
                    .body("type", equalTo("/problems/conflict"))
                    .body("detail", equalTo("Mission '" + id
                            + "' is REPORTED and has engagements or findings; delete those first."));
            given().get("/v1/missions/" + id + "/findings/" + finding).then().statusCode(200);
            given().header("If-Match", "*").delete("/v1/missions/" + MISSION_2023).then().statusCode(409);
        }

        @Test
        void aReportedMissionWithoutRecordsIsDeleted() {
            String id = createMission();
            patch("/v1/missions/" + id, Map.of("status", "REPORTED"));
            given().header("If-Match", etagOf("/v1/missions/" + id)).delete("/v1/missions/" + id).then().statusCode(204);
        }

        @Test
        void withoutIfMatchTheAnswerIs428AndAStaleOneIs412() {
            String id = createMission();
            given().delete("/v1/missions/" + id).then().statusCode(428);
            given().header("If-Match", "\"stale\"").delete("/v1/missions/" + id).then().statusCode(412);
            given().get("/v1/missions/" + id).then().statusCode(200);
        }

        @Test
        void anUnknownMissionIsA404() {
            given().header("If-Match", "*").delete("/v1/missions/00000000-0000-4000-8000-000000000000").then()
                    .statusCode(404);
        }
    }
}
