package org.observa.api.reference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;
import org.observa.api.support.Ids;
import org.observa.api.support.TestCountries;

@QuarkusTest
class DivisionsTest extends ApiTest {

    static final String MERGE_PATCH = "application/merge-patch+json";

    static String createDistrict(String parentId) {
        String id = parentId + "-" + Ids.segment();
        given().contentType(ContentType.JSON)
                .body(Map.of("id", id, "level", "DISTRICT", "parentId", parentId, "name", Map.of("en", "District " + id)))
                .post("/v1/divisions").then().statusCode(201);
        return id;
    }

    static String etagOf(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    @Nested
    class Reading {

        @Test
        void kampongThomHasItsKhmerName() {
            given().get("/v1/divisions/KH-6").then().statusCode(200)
                    .contentType(ContentType.JSON)
                    .header("ETag", notNullValue())
                    .body("id", equalTo("KH-6"))
                    .body("countryId", equalTo("KH"))
                    .body("level", equalTo("PROVINCE"))
                    .body("parentId", equalTo("KH"))
                    .body("name.en", equalTo("Kampong Thom"))
                    .body("name.km", equalTo("កំពង់ធំ"))
                    .body("identifiers.value", hasItem("ocd-division/country:kh/province:kampong_thom"));
        }

        @Test
        void cambodiaHasTwentyFiveProvinces() {
            given().queryParam("parentId", "KH").queryParam("pageSize", 500).get("/v1/divisions").then()
                    .statusCode(200)
                    .body("items", hasSize(25))
                    .body("items.level", everyItem(equalTo("PROVINCE")))
                    .body("nextPageToken", nullValue());
        }

        @Test
        void unknownDivisionIsA404Problem() {
            given().get("/v1/divisions/KH-99").then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/not-found"))
                    .body("status", equalTo(404))
                    .body("detail", equalTo("There is no division 'KH-99'."))
                    .body("instance", equalTo("/v1/divisions/KH-99"));
        }

        @Test
        void currentEtagInIfNoneMatchGives304WithoutBody() {
            String etag = etagOf("/v1/divisions/KH-6");
            given().header("If-None-Match", etag).get("/v1/divisions/KH-6").then()
                    .statusCode(304).header("ETag", etag).body(equalTo(""));
        }

        @Test
        void staleEtagInIfNoneMatchGivesTheResource() {
            given().header("If-None-Match", "\"stale\"").get("/v1/divisions/KH-6").then()
                    .statusCode(200).body("id", equalTo("KH-6"));
        }

        @Test
        void searchFindsNamesInAnyLanguageIgnoringCase() {
            given().queryParam("q", "THOM").get("/v1/divisions").then().statusCode(200)
                    .body("items.id", equalTo(List.of("KH-6")));
            given().queryParam("q", "ភ្នំពេញ").get("/v1/divisions").then().statusCode(200)
                    .body("items.id", equalTo(List.of("KH-12")));
        }

        @Test
        void searchTreatsWildcardsLiterally() {
            given().queryParam("q", "%").get("/v1/divisions").then().statusCode(200).body("items", hasSize(0));
        }

        @Test
        void filtersByLevelAndCountry() {
            given().queryParam("level", "COUNTRY").queryParam("countryId", "KH").get("/v1/divisions").then()
                    .statusCode(200).body("items.id", equalTo(List.of("KH")));
        }

        @Test
        void unknownFilterValueGivesAnEmptyPage() {
            given().queryParam("parentId", "ZZ").get("/v1/divisions").then().statusCode(200)
                    .body("items", hasSize(0)).body("nextPageToken", nullValue());
        }

        @Test
        void updatedSinceReturnsOnlyLaterChanges() {
            String id = createDistrict("KH-6");
            Response response = given().get("/v1/divisions/" + id);
            String createdAt = response.path("createdAt");
            given().queryParam("updatedSince", createdAt).queryParam("countryId", "KH").get("/v1/divisions").then()
                    .statusCode(200).body("items.id", hasItem(id))
                    .body("items.id", org.hamcrest.Matchers.not(hasItem("KH-6")));
            given().queryParam("updatedSince", Instant.parse(createdAt).plusSeconds(1).toString())
                    .queryParam("parentId", "KH-6").get("/v1/divisions").then()
                    .statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        }

        @Test
        void updatedSinceAcceptsAnOffsetWhosePlusArrivedAsASpace() {
            given().urlEncodingEnabled(false).queryParam("updatedSince", "2000-01-01T07:00:00+07:00")
                    .queryParam("parentId", "KH").get("/v1/divisions").then().statusCode(200)
                    .body("items", hasSize(25));
        }
    }

    @Nested
    class Paging {

        @Test
        void pagingVisitsEveryProvinceExactlyOnce() {
            List<String> seen = new ArrayList<>();
            String token = null;
            int pages = 0;
            do {
                var request = given().queryParam("parentId", "KH").queryParam("pageSize", 4);
                if (token != null) {
                    request.queryParam("pageToken", token);
                }
                Response page = request.get("/v1/divisions").then().statusCode(200).extract().response();
                seen.addAll(page.path("items.id"));
                token = page.path("nextPageToken");
                if (token != null) {
                    assertThat(page.header("Link")).startsWith("</v1/divisions?").contains("pageToken=" + token)
                            .endsWith(">; rel=\"next\"");
                } else {
                    assertThat(page.header("Link")).isNull();
                }
                pages++;
            } while (token != null);
            assertThat(pages).isEqualTo(7);
            assertThat(seen).hasSize(25).doesNotHaveDuplicates();
        }

        @Test
        void theLinkHeaderLeadsToTheNextPage() {
            Response first = given().queryParam("parentId", "KH").queryParam("pageSize", 10).get("/v1/divisions");
            String link = first.header("Link");
            String next = link.substring(1, link.indexOf('>'));
            given().urlEncodingEnabled(false).get(next).then().statusCode(200)
                    .body("items", hasSize(10))
                    .body("items[0].id", org.hamcrest.Matchers.not(equalTo(first.path("items[0].id"))));
        }

        @Test
        void aTokenReplayedWithOtherFiltersIsRefused() {
            String token = given().queryParam("parentId", "KH").queryParam("pageSize", 2).get("/v1/divisions")
                    .path("nextPageToken");
            given().queryParam("level", "PROVINCE").queryParam("pageToken", token).get("/v1/divisions").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation-failed"))
                    .body("errors.field", equalTo(List.of("pageToken")));
        }

        @Test
        void aForgedTokenIsRefused() {
            given().queryParam("pageToken", "not-a-token").get("/v1/divisions").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("pageToken")));
        }

        @Test
        void pageSizeOutOfRangeIsRefused() {
            given().queryParam("pageSize", 0).get("/v1/divisions").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("pageSize")));
            given().queryParam("pageSize", 501).get("/v1/divisions").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("pageSize")));
        }
    }

    @Nested
    class Creating {

        @Test
        void aDistrictIsCreatedWithLocationAndEtag() {
            String id = "KH-6-" + Ids.segment();
            given().contentType(ContentType.JSON)
                    .body(Map.of("id", id, "level", "DISTRICT", "parentId", "KH-6",
                            "name", Map.of("en", "Kampong Svay", "km", "កំពង់ស្វាយ"),
                            "identifiers", List.of(Map.of("scheme", "ocd-id", "value", "ocd-division/country:kh/x"))))
                    .post("/v1/divisions").then().statusCode(201)
                    .header("Location", endsWith("/v1/divisions/" + id))
                    .header("ETag", notNullValue())
                    .body("id", equalTo(id)).body("countryId", equalTo("KH"))
                    .body("name.km", equalTo("កំពង់ស្វាយ"))
                    .body("createdAt", notNullValue());
            given().get("/v1/divisions/" + id).then().statusCode(200).body("parentId", equalTo("KH-6"));
        }

        @Test
        void aDuplicateCodeIsA409NamingTheExistingDivision() {
            given().contentType(ContentType.JSON)
                    .body(Map.of("id", "KH-6", "level", "PROVINCE", "parentId", "KH", "name", Map.of("en", "Again")))
                    .post("/v1/divisions").then().statusCode(409)
                    .body("type", equalTo("/problems/conflict"))
                    .body("detail", equalTo("There is already a division 'KH-6'."));
        }

        @Test
        void everyBrokenRuleIsReportedAtOnce() {
            given().contentType(ContentType.JSON)
                    .body(Map.of("id", "KH-7-01", "level", "COMMUNE", "parentId", "KH-6",
                            "name", Map.of("en", " ", "not a tag", "x")))
                    .post("/v1/divisions").then().statusCode(400)
                    .body("type", equalTo("/problems/validation-failed"))
                    .body("errors.field", containsInAnyOrder("id", "parentId", "name.en", "name.not a tag"));
        }

        @Test
        void aParentMustExist() {
            given().contentType(ContentType.JSON)
                    .body(Map.of("id", "KH-99-1", "level", "DISTRICT", "parentId", "KH-99", "name", Map.of("en", "x")))
                    .post("/v1/divisions").then().statusCode(400)
                    .body("errors.find { it.field == 'parentId' }.message", equalTo("there is no division 'KH-99'"));
        }

        @Test
        void aCountryHasNoParentAndEveryOtherLevelHasOne() {
            given().contentType(ContentType.JSON)
                    .body(Map.of("id", "TH", "level", "COUNTRY", "parentId", "KH", "name", Map.of("en", "Thailand")))
                    .post("/v1/divisions").then().statusCode(400).body("errors.field", equalTo(List.of("parentId")));
            given().contentType(ContentType.JSON)
                    .body(Map.of("id", "KH-26", "level", "PROVINCE", "name", Map.of("en", "Nowhere")))
                    .post("/v1/divisions").then().statusCode(400).body("errors.field", equalTo(List.of("parentId")));
        }

        @Test
        void missingRequiredPropertiesAreAllListed() {
            given().contentType(ContentType.JSON).body("{}").post("/v1/divisions").then().statusCode(400)
                    .body("errors.field", containsInAnyOrder("id", "level", "name"));
        }
    }

    @Nested
    class Updating {

        @Test
        void aMergePatchChangesOnlyWhatItNames() {
            String id = createDistrict("KH-6");
            String etag = etagOf("/v1/divisions/" + id);
            String newEtag = given().contentType(MERGE_PATCH).header("If-Match", etag)
                    .body(Map.of("name", Map.of("km", "បារាយណ៍"), "identifiers", List.of(Map.of("scheme", "wikidata", "value", "Q1"))))
                    .patch("/v1/divisions/" + id).then().statusCode(200)
                    .body("name.en", equalTo("District " + id))
                    .body("name.km", equalTo("បារាយណ៍"))
                    .body("identifiers[0].value", equalTo("Q1"))
                    .extract().header("ETag");
            assertThat(newEtag).isNotEqualTo(etag).isEqualTo(etagOf("/v1/divisions/" + id));
        }

        @Test
        void nullRemovesAnOptionalProperty() {
            String id = createDistrict("KH-6");
            given().contentType(MERGE_PATCH).header("If-Match", "*")
                    .body(Map.of("identifiers", List.of(Map.of("scheme", "wikidata", "value", "Q1"))))
                    .patch("/v1/divisions/" + id).then().statusCode(200);
            given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/divisions/" + id))
                    .body("{\"identifiers\": null}")
                    .patch("/v1/divisions/" + id).then().statusCode(200).body("identifiers", hasSize(0));
        }

        @Test
        void withoutIfMatchTheAnswerIs428AndNothingChanges() {
            String id = createDistrict("KH-6");
            String etag = etagOf("/v1/divisions/" + id);
            given().contentType(MERGE_PATCH).body(Map.of("name", Map.of("en", "Changed")))
                    .patch("/v1/divisions/" + id).then().statusCode(428)
                    .body("type", equalTo("/problems/precondition-required"));
            assertThat(etagOf("/v1/divisions/" + id)).isEqualTo(etag);
        }

        @Test
        void aStaleIfMatchIs412AndNothingChanges() {
            String id = createDistrict("KH-6");
            String etag = etagOf("/v1/divisions/" + id);
            given().contentType(MERGE_PATCH).header("If-Match", "\"stale\"").body(Map.of("name", Map.of("en", "Changed")))
                    .patch("/v1/divisions/" + id).then().statusCode(412)
                    .body("type", equalTo("/problems/precondition-failed"));
            assertThat(etagOf("/v1/divisions/" + id)).isEqualTo(etag);
        }

        @Test
        void theCodeLevelAndParentCannotChange() {
            String id = createDistrict("KH-6");
            given().contentType(MERGE_PATCH).header("If-Match", "*")
                    .body(Map.of("id", "KH-6-ZZZZZZ", "level", "COMMUNE", "parentId", "KH-7"))
                    .patch("/v1/divisions/" + id).then().statusCode(400)
                    .body("errors.field", containsInAnyOrder("id", "level", "parentId"));
        }

        @Test
        void englishCannotBeRemoved() {
            String id = createDistrict("KH-6");
            given().contentType(MERGE_PATCH).header("If-Match", "*").body("{\"name\": {\"en\": null}}")
                    .patch("/v1/divisions/" + id).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("name.en")));
        }

        @Test
        void anUnknownPropertyIsRefused() {
            String id = createDistrict("KH-6");
            given().contentType(MERGE_PATCH).header("If-Match", "*").body("{\"nmae\": {\"en\": \"typo\"}}")
                    .patch("/v1/divisions/" + id).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("nmae")));
        }

        @Test
        void aPatchThatChangesNothingKeepsTheEtag() {
            String id = createDistrict("KH-6");
            String etag = etagOf("/v1/divisions/" + id);
            given().contentType(MERGE_PATCH).header("If-Match", etag).body("{}")
                    .patch("/v1/divisions/" + id).then().statusCode(200).header("ETag", etag);
        }

        @Test
        void ofTwoConcurrentPatchesWithTheSameEtagOneWinsAndTheOtherGets412() throws Exception {
            String id = createDistrict("KH-6");
            String etag = etagOf("/v1/divisions/" + id);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
                for (String name : List.of("First", "Second")) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return given().contentType(MERGE_PATCH).header("If-Match", etag)
                                .body(Map.of("name", Map.of("en", name))).patch("/v1/divisions/" + id).statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (var answer : answers) {
                    statuses.add(answer.get());
                }
                assertThat(statuses).containsExactlyInAnyOrder(200, 412);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void aPatchOfAnUnknownDivisionIs404() {
            given().contentType(MERGE_PATCH).header("If-Match", "*").body("{}")
                    .patch("/v1/divisions/KH-6-NOSUCH").then().statusCode(404);
        }
    }

    @Nested
    class Deleting {

        @Test
        void aDivisionIsDeletedWithItsCurrentEtag() {
            String id = createDistrict("KH-6");
            given().header("If-Match", etagOf("/v1/divisions/" + id)).delete("/v1/divisions/" + id).then().statusCode(204);
            given().get("/v1/divisions/" + id).then().statusCode(404);
        }

        @Test
        void aDivisionWithChildrenIsNotDeleted() {
            given().header("If-Match", "*").delete("/v1/divisions/KH-6").then().statusCode(409)
                    .body("type", equalTo("/problems/conflict"))
                    .body("detail", equalTo("Division 'KH-6' still has divisions under it; delete them first."));
            given().get("/v1/divisions/KH-6").then().statusCode(200);
        }

        @Test
        void aCountryOfAnElectionIsNotDeleted() {
            String country = TestCountries.create();
            given().contentType(ContentType.JSON)
                    .body(Map.of("countryId", country, "type", "REFERENDUM", "name", Map.of("en", "Referendum"),
                            "pollingDate", "2024-01-01", "timeZone", "UTC"))
                    .post("/v1/elections").then().statusCode(201);
            given().header("If-Match", "*").delete("/v1/divisions/" + country).then().statusCode(409)
                    .body("detail", equalTo("Division '" + country
                            + "' is the country of one or more elections; delete them first."));
        }

        @Test
        void withoutIfMatchTheAnswerIs428() {
            String id = createDistrict("KH-6");
            given().delete("/v1/divisions/" + id).then().statusCode(428);
            given().get("/v1/divisions/" + id).then().statusCode(200);
        }

        @Test
        void aStaleIfMatchIs412() {
            String id = createDistrict("KH-6");
            given().header("If-Match", "\"stale\"").delete("/v1/divisions/" + id).then().statusCode(412);
            given().get("/v1/divisions/" + id).then().statusCode(200);
        }
    }
}
