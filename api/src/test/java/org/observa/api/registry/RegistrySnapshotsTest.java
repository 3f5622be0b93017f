package org.observa.api.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.observa.api.registry.RegistryFixtures.MERGE_PATCH;
import static org.observa.api.registry.RegistryFixtures.PROBLEM;
import static org.observa.api.registry.RegistryFixtures.api;
import static org.observa.api.registry.RegistryFixtures.citation;
import static org.observa.api.registry.RegistryFixtures.create;
import static org.observa.api.registry.RegistryFixtures.district;
import static org.observa.api.registry.RegistryFixtures.etagOf;
import static org.observa.api.registry.RegistryFixtures.path;
import static org.observa.api.registry.RegistryFixtures.registered;
import static org.observa.api.registry.RegistryFixtures.snapshot;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;
import org.observa.api.support.TestCountries;

@QuarkusTest
class RegistrySnapshotsTest extends ApiTest {

    private static final String CAMBODIA_2018 = "069b98c9-2d71-4949-9dfa-79bb3a435689";
    private static final String CAMBODIA_2013 = "fafa95f5-3647-4205-873a-8d7ab327d92d";

    @Nested
    class Reading {

        @Test
        void cambodia2018HasItsSourcedFiguresAndWhatTheApiDerives() {
            api().get(path(CAMBODIA_2018)).then().statusCode(200)
                    .contentType(ContentType.JSON)
                    .header("ETag", notNullValue())
                    .body("id", equalTo(CAMBODIA_2018))
                    .body("divisionId", equalTo("KH"))
                    .body("countryId", equalTo("KH"))
                    .body("referenceDate", equalTo("2018-07-29"))
                    .body("electionId", equalTo("kh-na-2018-07-29"))
                    .body("population", equalTo(16_030_000))
                    .body("registeredVoters", equalTo(8_380_000))
                    .body("ballotsCast", nullValue())
                    .body("source.citation", equalTo(
                            "Interband, Cambodia National Assembly Election 2023 Monitoring Report, section 3 (evaluative points)"))
                    .body("notes", org.hamcrest.Matchers.containsString("Turnout was 83.02 %"))
                    .body("indicators.registrationRateOfPopulation", comparesEqualTo(new BigDecimal("52.28")))
                    .body("indicators.turnout", nullValue())
                    .body("change.previousSnapshotId", equalTo(CAMBODIA_2013))
                    .body("flags.code", equalTo(List.of("REGISTRY_SHRINKS_WHILE_POPULATION_GROWS")));
        }

        @Test
        void anUnknownSnapshotIsA404Problem() {
            String unknown = "00000000-0000-4000-8000-000000000000";
            given().get(path(unknown)).then().statusCode(404).contentType(PROBLEM)
                    .body("type", equalTo("/problems/not-found"))
                    .body("detail", equalTo("There is no registry snapshot '" + unknown + "'."));
        }

        @Test
        void anIdThatIsNotAUuidIsA400NamingIt() {
            given().get(path("2018")).then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("/problems/validation-failed"))
                    .body("errors.field", equalTo(List.of("snapshotId")))
                    .body("errors[0].message", equalTo(
                            "must be a UUID such as 0f27e151-fdb4-4944-8566-33f17cd5ae39, not '2018'"));
        }

        @Test
        void theCurrentEtagGives304() {
            String etag = etagOf(path(CAMBODIA_2018));
            given().header("If-None-Match", etag).get(path(CAMBODIA_2018)).then().statusCode(304).header("ETag", etag);
        }

        @Test
        void theEtagChangesWhenThePreviousSnapshotChanges() {
            String division = district();
            String earlier = create(registered(division, "2018-07-29", citation(), 1_000));
            String later = create(registered(division, "2023-07-23", citation(), 1_200));
            String etag = etagOf(path(later));

            given().contentType(MERGE_PATCH).header("If-Match", etagOf(path(earlier)))
                    .body(Map.of("registeredVoters", 1_100)).patch(path(earlier)).then().statusCode(200);

            api().get(path(later)).then().statusCode(200)
                    .header("ETag", not(equalTo(etag)))
                    .body("change.registeredVoters.absolute", equalTo(100))
                    .body("change.registeredVoters.percent", comparesEqualTo(new BigDecimal("9.09")));
        }
    }

    @Nested
    class Creating {

        @Test
        void aSnapshotIsCreatedWithLocationEtagAndItsIndicators() {
            String division = district();
            Map<String, Object> body = snapshot(division, "2023-07-23", citation());
            body.put("electionId", "kh-na-2023-07-23");
            body.put("votingAgePopulation", 100_000);
            body.put("registeredVoters", 90_000);
            body.put("ballotsCast", 76_000);
            body.put("validBallots", 72_000);
            body.put("invalidBallots", 4_000);
            body.put("source", Map.of("citation", "NEC, provincial results", "url", "https://www.nec.gov.kh/",
                    "publishedOn", "2023-08-05"));
            Response created = api().contentType(ContentType.JSON).body(body).post("/v1/registry-snapshots");
            created.then().statusCode(201).header("ETag", notNullValue());
            String id = created.path("id");
            assertThat(created.header("Location")).endsWith("/v1/registry-snapshots/" + id);
            api().get(path(id)).then().statusCode(200)
                    .body("divisionId", equalTo(division))
                    .body("countryId", equalTo("KH"))
                    .body("source.url", equalTo("https://www.nec.gov.kh/"))
                    .body("source.publishedOn", equalTo("2023-08-05"))
                    .body("indicators.registrationRateOfVotingAgePopulation", comparesEqualTo(new BigDecimal("90.00")))
                    .body("indicators.turnout", comparesEqualTo(new BigDecimal("84.44")))
                    .body("indicators.invalidShare", comparesEqualTo(new BigDecimal("5.26")))
                    .body("indicators.registrationRateOfPopulation", nullValue())
                    .body("change", nullValue())
                    .body("flags", hasSize(0));
        }

        @Test
        void negativeAndOversizedCountsAreRefusedNamingEachField() {
            Map<String, Object> body = snapshot(district(), "2023-07-23", citation());
            body.put("population", -1);
            body.put("registeredVoters", -5);
            body.put("ballotsCast", 10_000_000_001L);
            given().contentType(ContentType.JSON).body(body).post("/v1/registry-snapshots").then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("type", equalTo("/problems/validation-failed"))
                    .body("errors.field", containsInAnyOrder("population", "registeredVoters", "ballotsCast"));
        }

        @Test
        void everyBrokenRuleIsReportedAtOnce() {
            Map<String, Object> body = snapshot("KH-6-NOSUCH", "2023-07-23", citation());
            body.put("electionId", "kh-na-1993-05-23");
            body.put("population", 100);
            body.put("votingAgePopulation", 101);
            body.put("ballotsCast", 100);
            body.put("validBallots", 90);
            body.put("invalidBallots", 20);
            given().contentType(ContentType.JSON).body(body).post("/v1/registry-snapshots").then().statusCode(400)
                    .body("type", equalTo("/problems/validation-failed"))
                    .body("errors.field", containsInAnyOrder("divisionId", "electionId", "votingAgePopulation", "ballotsCast"))
                    .body("errors.find { it.field == 'divisionId' }.message", equalTo("there is no division 'KH-6-NOSUCH'"))
                    .body("errors.find { it.field == 'ballotsCast' }.message",
                            equalTo("must be at least validBallots + invalidBallots (110)"));
        }

        @Test
        void theElectionMustBeHeldInTheDivisionsCountry() {
            String country = TestCountries.create();
            Map<String, Object> body = snapshot(country, "2023-07-23", citation());
            body.put("electionId", "kh-na-2023-07-23");
            given().contentType(ContentType.JSON).body(body).post("/v1/registry-snapshots").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("electionId")))
                    .body("errors[0].message", equalTo("must be an election in " + country
                            + ", the country of the division, but 'kh-na-2023-07-23' is in KH"));
        }

        @Test
        void requiredPropertiesAreAllListed() {
            given().contentType(ContentType.JSON).body("{\"source\": {}}").post("/v1/registry-snapshots").then()
                    .statusCode(400)
                    .body("errors.field", containsInAnyOrder("divisionId", "referenceDate", "source.citation"));
        }

        @Test
        void anUnknownPropertyIsRefused() {
            Map<String, Object> body = registered(district(), "2023-07-23", citation(), 1);
            body.put("turnout", 84.59);
            given().contentType(ContentType.JSON).body(body).post("/v1/registry-snapshots").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("turnout")));
        }

        @Test
        void aSecondSnapshotOfTheSameDivisionDateAndSourceIsA409NamingTheFirst() {
            String division = district();
            String source = citation();
            String first = create(registered(division, "2023-07-23", source, 1_000));
            given().contentType(ContentType.JSON).body(registered(division, "2023-07-23", source, 2_000))
                    .post("/v1/registry-snapshots").then().statusCode(409).contentType(PROBLEM)
                    .body("type", equalTo("/problems/conflict"))
                    .body("detail", equalTo("There is already a registry snapshot of '" + division
                            + "' on 2023-07-23 from the same source: '" + first + "'."));
            create(registered(division, "2023-07-23", citation(), 2_000));
        }
    }

    @Nested
    class Updating {

        @Test
        void aMergePatchChangesWhatItNamesAndTheIndicatorsFollow() {
            String id = create(registered(district(), "2023-07-23", citation(), 1_000));
            String etag = etagOf(path(id));
            String newEtag = api().contentType(MERGE_PATCH).header("If-Match", etag)
                    .body(Map.of("ballotsCast", 800, "source", Map.of("url", "https://example.org/results")))
                    .patch(path(id)).then().statusCode(200)
                    .body("registeredVoters", equalTo(1_000))
                    .body("ballotsCast", equalTo(800))
                    .body("source.citation", org.hamcrest.Matchers.startsWith("Test source "))
                    .body("source.url", equalTo("https://example.org/results"))
                    .body("indicators.turnout", comparesEqualTo(new BigDecimal("80.00")))
                    .extract().header("ETag");
            assertThat(newEtag).isNotEqualTo(etag).isEqualTo(etagOf(path(id)));
        }

        @Test
        void nullRemovesAFigureAndWhatWasDerivedFromIt() {
            Map<String, Object> body = registered(district(), "2023-07-23", citation(), 1_000);
            body.put("ballotsCast", 800);
            String id = create(body);
            given().contentType(MERGE_PATCH).header("If-Match", etagOf(path(id))).body("{\"ballotsCast\": null}")
                    .patch(path(id)).then().statusCode(200)
                    .body("ballotsCast", nullValue())
                    .body("indicators.turnout", nullValue());
        }

        @Test
        void theSourceCannotBeRemoved() {
            String id = create(registered(district(), "2023-07-23", citation(), 1_000));
            given().contentType(MERGE_PATCH).header("If-Match", etagOf(path(id))).body("{\"source\": null}")
                    .patch(path(id)).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("source")));
        }

        @Test
        void aPatchIsCheckedLikeACreate() {
            Map<String, Object> body = snapshot(district(), "2023-07-23", citation());
            body.put("ballotsCast", 100);
            String id = create(body);
            String etag = etagOf(path(id));
            given().contentType(MERGE_PATCH).header("If-Match", etag)
                    .body(Map.of("validBallots", 90, "invalidBallots", 20, "divisionId", "KH-6-NOSUCH"))
                    .patch(path(id)).then().statusCode(400)
                    .body("errors.field", containsInAnyOrder("ballotsCast", "divisionId"));
            given().contentType(MERGE_PATCH).header("If-Match", etag).body(Map.of("validBallots", -1))
                    .patch(path(id)).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("validBallots")));
            assertThat(etagOf(path(id))).isEqualTo(etag);
        }

        @Test
        void aPatchCannotTakeTheKeyOfAnotherSnapshot() {
            String division = district();
            String source = citation();
            String first = create(registered(division, "2023-07-23", source, 1_000));
            String second = create(registered(division, "2022-06-05", source, 900));
            given().contentType(MERGE_PATCH).header("If-Match", etagOf(path(second)))
                    .body(Map.of("referenceDate", "2023-07-23")).patch(path(second)).then().statusCode(409)
                    .body("type", equalTo("/problems/conflict"))
                    .body("detail", org.hamcrest.Matchers.containsString(first));
        }

        @Test
        void withoutIfMatchTheAnswerIs428AndWithAStaleOne412() {
            String id = create(registered(district(), "2023-07-23", citation(), 1_000));
            String etag = etagOf(path(id));
            given().contentType(MERGE_PATCH).body(Map.of("registeredVoters", 1)).patch(path(id)).then().statusCode(428)
                    .body("type", equalTo("/problems/precondition-required"));
            given().contentType(MERGE_PATCH).header("If-Match", "\"stale\"").body(Map.of("registeredVoters", 1))
                    .patch(path(id)).then().statusCode(412)
                    .body("type", equalTo("/problems/precondition-failed"));
            assertThat(etagOf(path(id))).isEqualTo(etag);
        }

        @Test
        void aPatchThatChangesNothingKeepsTheEtag() {
            String id = create(registered(district(), "2023-07-23", citation(), 1_000));
            String etag = etagOf(path(id));
            given().contentType(MERGE_PATCH).header("If-Match", etag).body(Map.of("registeredVoters", 1_000))
                    .patch(path(id)).then().statusCode(200).header("ETag", etag);
        }

        @Test
        void aPatchOfAnUnknownSnapshotIs404() {
            given().contentType(MERGE_PATCH).header("If-Match", "*").body("{}")
                    .patch(path("00000000-0000-4000-8000-000000000000")).then().statusCode(404)
                    .body("type", equalTo("/problems/not-found"));
        }
    }

    @Nested
    class Deleting {

        @Test
        void aSnapshotIsDeletedWithItsEtagAndTheNextOneIsComparedWithTheOneBefore() {
            String division = district();
            String first = create(registered(division, "2013-07-28", citation(), 1_000));
            String middle = create(registered(division, "2018-07-29", citation(), 1_100));
            String last = create(registered(division, "2023-07-23", citation(), 1_210));

            given().delete(path(middle)).then().statusCode(428).body("type", equalTo("/problems/precondition-required"));
            given().header("If-Match", "\"stale\"").delete(path(middle)).then().statusCode(412);
            given().header("If-Match", etagOf(path(middle))).delete(path(middle)).then().statusCode(204);

            given().get(path(middle)).then().statusCode(404);
            given().get(path(last)).then().statusCode(200)
                    .body("change.previousSnapshotId", equalTo(first))
                    .body("change.registeredVoters.absolute", equalTo(210));
        }

        @Test
        void aDivisionOrAnElectionThatSnapshotsReferToIsNotDeleted() {
            String division = district();
            create(registered(division, "2023-07-23", citation(), 1_000));
            given().header("If-Match", "*").delete("/v1/divisions/" + division).then().statusCode(409)
                    .body("type", equalTo("/problems/conflict"))
                    .body("detail", equalTo("Division '" + division
                            + "' is still referred to by registry snapshots; remove those first."));
            given().header("If-Match", "*").delete("/v1/elections/kh-na-2013-07-28").then().statusCode(409)
                    .body("type", equalTo("/problems/conflict"));
            given().get(path(CAMBODIA_2013)).then().statusCode(200).body("electionId", equalTo("kh-na-2013-07-28"));
        }

        @Test
        void deletingAnUnknownSnapshotIs404() {
            given().header("If-Match", "*").delete(path("00000000-0000-4000-8000-000000000000")).then().statusCode(404);
        }
    }

    @Nested
    class Listing {

        @Test
        void aDivisionsSnapshotsComeMostRecentFirstPageByPage() {
            String division = district();
            String y2013 = create(registered(division, "2013-07-28", citation(), 1));
            String y2018 = create(registered(division, "2018-07-29", citation(), 2));
            String y2023 = create(registered(division, "2023-07-23", citation(), 3));

            Response first = given().queryParam("divisionId", division).queryParam("pageSize", 2)
                    .get("/v1/registry-snapshots");
            first.then().statusCode(200).body("items", hasSize(2));
            assertThat(first.header("Link")).contains("pageToken=" + first.path("nextPageToken"));
            Response second = given().queryParam("divisionId", division).queryParam("pageSize", 2)
                    .queryParam("pageToken", first.path("nextPageToken").toString()).get("/v1/registry-snapshots");
            second.then().statusCode(200).body("nextPageToken", nullValue());
            List<String> ids = new ArrayList<>(first.path("items.id"));
            ids.addAll(second.path("items.id"));
            assertThat(ids).containsExactly(y2023, y2018, y2013);
        }

        @Test
        void includeDescendantsAddsTheDivisionsBelowButNotThoseWhoseCodeMerelyStartsTheSame() {
            String province = create(registered("KH-1", "2023-07-23", citation(), 500_000));
            String district = RegistryFixtures.division("KH-1", "DISTRICT");
            String inDistrict = create(registered(district, "2023-07-23", citation(), 50_000));
            String otherProvince = create(registered("KH-10", "2023-07-23", citation(), 200_000));

            given().queryParam("divisionId", "KH-1").queryParam("includeDescendants", true).queryParam("pageSize", 500)
                    .get("/v1/registry-snapshots").then().statusCode(200)
                    .body("items.id", hasItems(province, inDistrict))
                    .body("items.id", not(hasItem(otherProvince)));
            given().queryParam("divisionId", "KH-1").queryParam("pageSize", 500)
                    .get("/v1/registry-snapshots").then().statusCode(200)
                    .body("items.id", hasItem(province))
                    .body("items.id", not(hasItem(inDistrict)));
        }

        @Test
        void filtersByElectionAndReferenceDate() {
            String division = district();
            Map<String, Object> linked = registered(division, "2023-07-23", citation(), 1);
            linked.put("electionId", "kh-na-2023-07-23");
            String y2023 = create(linked);
            String y2018 = create(registered(division, "2018-07-29", citation(), 1));

            given().queryParam("electionId", "kh-na-2023-07-23").queryParam("pageSize", 500)
                    .get("/v1/registry-snapshots").then().statusCode(200)
                    .body("items.id", hasItem(y2023))
                    .body("items.electionId", everyItem(equalTo("kh-na-2023-07-23")));
            given().queryParam("divisionId", division).queryParam("from", "2018-01-01").queryParam("to", "2018-12-31")
                    .get("/v1/registry-snapshots").then().statusCode(200)
                    .body("items.id", equalTo(List.of(y2018)));
        }

        @Test
        void updatedSinceReturnsOnlyLaterChanges() {
            String division = district();
            String id = create(registered(division, "2023-07-23", citation(), 1));
            String updatedAt = given().get(path(id)).path("updatedAt");
            given().queryParam("divisionId", division).queryParam("updatedSince", updatedAt)
                    .get("/v1/registry-snapshots").then().statusCode(200).body("items.id", equalTo(List.of(id)));
            given().queryParam("divisionId", division)
                    .queryParam("updatedSince", Instant.parse(updatedAt).plusSeconds(1).toString())
                    .get("/v1/registry-snapshots").then().statusCode(200).body("items", hasSize(0));
        }

        @Test
        void anUnknownOrWildcardDivisionGivesAnEmptyPage() {
            given().queryParam("divisionId", "KH-6-NOSUCH").get("/v1/registry-snapshots").then().statusCode(200)
                    .body("items", hasSize(0));
            given().queryParam("divisionId", "K%").queryParam("includeDescendants", true).get("/v1/registry-snapshots")
                    .then().statusCode(200).body("items", hasSize(0));
        }

        @Test
        void parametersOfTheWrongTypeAreAllNamed() {
            given().queryParam("includeDescendants", "yes").queryParam("from", "2023-13-01")
                    .get("/v1/registry-snapshots").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", containsInAnyOrder("includeDescendants", "from"));
        }
    }
}
