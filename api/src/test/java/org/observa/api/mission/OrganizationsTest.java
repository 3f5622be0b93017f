package org.observa.api.mission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.observa.api.mission.MissionRequests.COMFREL;
import static org.observa.api.mission.MissionRequests.INTERBAND;
import static org.observa.api.mission.MissionRequests.MERGE_PATCH;
import static org.observa.api.mission.MissionRequests.NEC;
import static org.observa.api.mission.MissionRequests.PROBLEM;
import static org.observa.api.mission.MissionRequests.createEngagement;
import static org.observa.api.mission.MissionRequests.createMission;
import static org.observa.api.mission.MissionRequests.createOrganization;
import static org.observa.api.mission.MissionRequests.engagement;
import static org.observa.api.mission.MissionRequests.etagOf;
import static org.observa.api.mission.MissionRequests.mission;
import static org.observa.api.mission.MissionRequests.organization;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;
import org.observa.api.support.Ids;
import org.observa.api.support.TestCountries;

@QuarkusTest
class OrganizationsTest extends ApiTest {

    @Nested
    class Reading {

        @Test
        void interbandIsAJapaneseObserverGroup() {
            given().get("/v1/organizations/" + INTERBAND).then().statusCode(200)
                    .header("ETag", notNullValue())
                    .body("name.en", equalTo("Interband"))
                    .body("classification", equalTo("OBSERVER_GROUP"))
                    .body("countryId", equalTo("JP"))
                    .body("identifiers", hasSize(0));
        }

        @Test
        void anUnknownOrganizationIsA404Problem() {
            String id = "00000000-0000-4000-8000-000000000000";
            given().get("/v1/organizations/" + id).then().statusCode(404).contentType(PROBLEM)
                    .body("type", equalTo("/problems/not-found"))
                    .body("detail", equalTo("There is no organization '" + id + "'."));
        }

        @Test
        void aMalformedIdIsA400NamingTheParameter() {
            given().get("/v1/organizations/interband").then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("/problems/validation-failed"))
                    .body("errors.field", equalTo(List.of("organizationId")))
                    .body("errors[0].message",
                            equalTo("must be a UUID such as 0f27e151-fdb4-4944-8566-33f17cd5ae39, not 'interband'"));
        }

        @Test
        void currentEtagInIfNoneMatchGives304() {
            String etag = etagOf("/v1/organizations/" + NEC);
            given().header("If-None-Match", etag).get("/v1/organizations/" + NEC).then().statusCode(304)
                    .header("ETag", etag);
        }

        @Test
        void theListIsAlphabeticalAndFilteredByCountryAndClassification() {
            List<String> names = given().queryParam("countryId", "KH").queryParam("pageSize", 500)
                    .get("/v1/organizations").then().statusCode(200).extract().path("items.name.en");
            assertThat(names).containsSubsequence("Cambodian People's Party", "COMFREL", "National Election Committee");
            given().queryParam("classification", "EMBASSY").get("/v1/organizations").then().statusCode(200)
                    .body("items.classification", everyItem(equalTo("EMBASSY")))
                    .body("items.name.en", hasItem("Embassy of Japan in Cambodia"));
        }

        @Test
        void searchFindsNamesAndAbbreviationsInAnyLanguage() {
            given().queryParam("q", "comfrel").get("/v1/organizations").then().statusCode(200)
                    .body("items.id", equalTo(List.of(COMFREL)));
            given().queryParam("q", "គណៈកម្មាធិការជាតិ").get("/v1/organizations").then().statusCode(200)
                    .body("items.id", equalTo(List.of(NEC)));
        }

        @Test
        void anUnknownClassificationIsA400NamingTheValues() {
            given().queryParam("classification", "CLUB").get("/v1/organizations").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("classification")));
        }

        @Test
        void pagingVisitsEachOrganizationOnce() {
            String country = TestCountries.create();
            for (String name : List.of("Beta", "alpha", "Gamma", "alpha")) {
                Map<String, Object> body = organization(name);
                body.put("countryId", country);
                given().contentType(ContentType.JSON).body(body).post("/v1/organizations").then().statusCode(201);
            }
            List<String> seen = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            String token = null;
            do {
                var request = given().queryParam("countryId", country).queryParam("pageSize", 1);
                if (token != null) {
                    request.queryParam("pageToken", token);
                }
                var page = request.get("/v1/organizations").then().statusCode(200).extract();
                seen.addAll(page.path("items.name.en"));
                ids.addAll(page.path("items.id"));
                token = page.path("nextPageToken");
            } while (token != null);
            assertThat(seen).containsExactly("alpha", "alpha", "Beta", "Gamma");
            assertThat(ids).doesNotHaveDuplicates();
        }
    }

    @Nested
    class Creating {

        @Test
        void anOrganizationIsCreatedWithLocationAndEtag() {
            Map<String, Object> body = organization("Asian Network for Free Elections " + Ids.segment());
            body.put("abbreviation", "ANFREL");
            body.put("classification", "INTERNATIONAL_ORGANIZATION");
            body.put("website", "https://anfrel.example.org/");
            body.put("identifiers", List.of(Map.of("scheme", "wikidata", "value", "Q0")));
            var created = given().contentType(ContentType.JSON).body(body).post("/v1/organizations").then()
                    .statusCode(201)
                    .header("ETag", notNullValue())
                    .body("abbreviation", equalTo("ANFREL"))
                    .body("website", equalTo("https://anfrel.example.org/"))
                    .body("countryId", nullValue())
                    .extract();
            String id = created.path("id");
            assertThat(created.header("Location")).endsWith("/v1/organizations/" + id);
            given().get("/v1/organizations/" + id).then().statusCode(200)
                    .header("ETag", equalTo(created.header("ETag")))
                    .body("identifiers[0].scheme", equalTo("wikidata"));
        }

        @Test
        void theCountryMustBeACountry() {
            Map<String, Object> body = organization("Ministry " + Ids.segment());
            body.put("classification", "MINISTRY");
            body.put("countryId", "ZZ");
            given().contentType(ContentType.JSON).body(body).post("/v1/organizations").then().statusCode(400)
                    .contentType(PROBLEM).body("type", equalTo("/problems/validation-failed"))
                    .body("errors.field", equalTo(List.of("countryId")))
                    .body("errors[0].message", equalTo("there is no division 'ZZ'"));
        }

        @Test
        void anUnknownClassificationIsRefusedNamingTheAllowedValues() {
            Map<String, Object> body = organization("A club");
            body.put("classification", "CLUB");
            given().contentType(ContentType.JSON).body(body).post("/v1/organizations").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("classification")))
                    .body("errors[0].message", equalTo("must be one of OBSERVER_GROUP, ELECTION_MANAGEMENT_BODY, "
                            + "EMBASSY, MINISTRY, INTERNATIONAL_ORGANIZATION, UNIVERSITY, RESEARCH_INSTITUTE, MEDIA, "
                            + "POLITICAL_PARTY, CIVIL_SOCIETY, OTHER, not 'CLUB'"));
        }

        @Test
        void valuesAgainstTheContractAreAllNamed() {
            Map<String, Object> body = organization("Too long");
            body.put("abbreviation", "A".repeat(31));
            body.put("countryId", "Japan");
            given().contentType(ContentType.JSON).body(body).post("/v1/organizations").then().statusCode(400)
                    .body("errors.field", containsInAnyOrder("abbreviation", "countryId"));
        }

        @Test
        void brokenRulesAreAllNamed() {
            Map<String, Object> body = Map.of("name", Map.of("ja", "団体"), "classification", "OTHER",
                    "website", "ftp://example.org/x");
            given().contentType(ContentType.JSON).body(body).post("/v1/organizations").then().statusCode(400)
                    .body("errors.field", containsInAnyOrder("name.en", "website"));
        }
    }

    @Nested
    class Updating {

        @Test
        void aMergePatchChangesOnlyWhatItNames() {
            String id = createOrganization();
            given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/organizations/" + id))
                    .body(Map.of("name", Map.of("ja", "監視団"), "abbreviation", "OG"))
                    .patch("/v1/organizations/" + id).then().statusCode(200)
                    .body("name.ja", equalTo("監視団"))
                    .body("name.en", notNullValue())
                    .body("abbreviation", equalTo("OG"))
                    .body("classification", equalTo("OBSERVER_GROUP"));
            given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/organizations/" + id))
                    .body("{\"abbreviation\": null}").patch("/v1/organizations/" + id).then().statusCode(200)
                    .body("abbreviation", nullValue());
        }

        @Test
        void withoutIfMatchTheAnswerIs428AndAStaleOneIs412() {
            String id = createOrganization();
            given().contentType(MERGE_PATCH).body(Map.of("abbreviation", "X")).patch("/v1/organizations/" + id)
                    .then().statusCode(428).body("type", equalTo("/problems/precondition-required"));
            given().contentType(MERGE_PATCH).header("If-Match", "\"stale\"").body(Map.of("abbreviation", "X"))
                    .patch("/v1/organizations/" + id).then().statusCode(412)
                    .body("type", equalTo("/problems/precondition-failed"));
            given().get("/v1/organizations/" + id).then().body("abbreviation", nullValue());
        }

        @Test
        void aPatchIsCheckedLikeACreateBody() {
            String id = createOrganization();
            given().contentType(MERGE_PATCH).header("If-Match", "*").body("{\"classification\": null}")
                    .patch("/v1/organizations/" + id).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("classification")));
            given().contentType(MERGE_PATCH).header("If-Match", "*").body("{\"name\": {\"en\": null}, \"countryId\": \"ZZ\"}")
                    .patch("/v1/organizations/" + id).then().statusCode(400)
                    .body("errors.field", containsInAnyOrder("name.en", "countryId"));
        }
    }

    @Nested
    class Deleting {

        @Test
        void anUnreferencedOrganizationIsDeleted() {
            String id = createOrganization();
            given().header("If-Match", etagOf("/v1/organizations/" + id)).delete("/v1/organizations/" + id).then()
                    .statusCode(204);
            given().get("/v1/organizations/" + id).then().statusCode(404);
        }

        @Test
        void anOrganizationThatSentMissionsIsNotDeleted() {
            String id = createOrganization();
            createMission(mission(id));
            given().header("If-Match", "*").delete("/v1/organizations/" + id).then().statusCode(409)
                    .contentType(PROBLEM).body("type", equalTo("/problems/conflict"))
                    .body("detail", equalTo("Organization '" + id + "' has sent missions; delete them first."));
            given().header("If-Match", "*").delete("/v1/organizations/" + INTERBAND).then().statusCode(409);
        }

        @Test
        void theCounterpartOfAnEngagementIsNotDeleted() {
            String counterpart = createOrganization();
            String missionId = createMission();
            Map<String, Object> meeting = engagement("2023-07-14", null);
            meeting.put("counterpartId", counterpart);
            createEngagement(missionId, meeting);
            given().header("If-Match", "*").delete("/v1/organizations/" + counterpart).then().statusCode(409)
                    .body("detail", equalTo("Organization '" + counterpart
                            + "' is the counterpart of engagements of missions; change or delete those first."));
            given().get("/v1/organizations/" + counterpart).then().statusCode(200);
        }

        @Test
        void withoutIfMatchTheAnswerIs428AndAStaleOneIs412() {
            String id = createOrganization();
            given().delete("/v1/organizations/" + id).then().statusCode(428);
            given().header("If-Match", "\"stale\"").delete("/v1/organizations/" + id).then().statusCode(412);
            given().get("/v1/organizations/" + id).then().statusCode(200);
        }
    }
}
