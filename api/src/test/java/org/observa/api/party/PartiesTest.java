package org.observa.api.party;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.observa.api.party.PartyRequests.CANDLELIGHT;
import static org.observa.api.party.PartyRequests.CPP;
import static org.observa.api.party.PartyRequests.MERGE_PATCH;
import static org.observa.api.party.PartyRequests.PROBLEM;
import static org.observa.api.party.PartyRequests.UNKNOWN;
import static org.observa.api.party.PartyRequests.createElection;
import static org.observa.api.party.PartyRequests.createMission;
import static org.observa.api.party.PartyRequests.createObservation;
import static org.observa.api.party.PartyRequests.createParticipation;
import static org.observa.api.party.PartyRequests.createParty;
import static org.observa.api.party.PartyRequests.etagOf;
import static org.observa.api.party.PartyRequests.observation;
import static org.observa.api.party.PartyRequests.party;
import static org.observa.api.party.PartyRequests.patch;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;
import org.observa.api.support.Ids;

@QuarkusTest
class PartiesTest extends ApiTest {

    @Nested
    class Creating {

        @Test
        void aPartyIsCreatedWithLocationAndEtag() {
            String segment = Ids.segment();
            Map<String, Object> body = party("KH", "Party " + segment);
            body.put("abbreviation", "P" + segment);
            body.put("foundedOn", "2001-02-03");
            body.put("colour", "#1e90ff");
            body.put("logoUrl", "https://example.org/logo.png");
            body.put("identifiers", List.of(Map.of("scheme", "wikidata", "value", "Q" + segment)));
            var created = given().contentType(ContentType.JSON).body(body).post("/v1/parties").then().statusCode(201)
                    .header("ETag", notNullValue())
                    .body("countryId", equalTo("KH"))
                    .body("abbreviation", equalTo("P" + segment))
                    .body("foundedOn", equalTo("2001-02-03"))
                    .body("colour", equalTo("#1e90ff"))
                    .body("dissolvedOn", nullValue())
                    .extract();
            String id = created.path("id");
            assertThat(created.header("Location")).endsWith("/v1/parties/" + id);
            given().get("/v1/parties/" + id).then().statusCode(200).header("ETag", equalTo(created.header("ETag")));
        }

        @Test
        void everyBadFieldIsNamedAtOnce() {
            Map<String, Object> body = party("KH-6", "Bad party");
            body.put("name", Map.of("km", "គណបក្ស"));
            body.put("foundedOn", "2010-01-01");
            body.put("dissolvedOn", "2009-12-31");
            body.put("logoUrl", "ftp://example.org/logo.png");
            given().contentType(ContentType.JSON).body(body).post("/v1/parties").then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("type", equalTo("/problems/validation-failed"))
                    .body("errors.field", equalTo(List.of("countryId")));
            body.put("countryId", "KH");
            given().contentType(ContentType.JSON).body(body).post("/v1/parties").then().statusCode(400)
                    .body("type", equalTo("/problems/validation-failed"))
                    .body("errors.field", equalTo(List.of("name.en", "logoUrl", "dissolvedOn")));
        }

        @Test
        void aColourIsWrittenRrGgBb() {
            Map<String, Object> body = party("KH", "Red party " + Ids.segment());
            body.put("colour", "red");
            given().contentType(ContentType.JSON).body(body).post("/v1/parties").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("colour")));
        }

        @Test
        void aCountryThatIsNotACountryIsRefused() {
            given().contentType(ContentType.JSON).body(party("ZZ", "Nowhere party")).post("/v1/parties").then()
                    .statusCode(400).body("errors.field", equalTo(List.of("countryId")))
                    .body("errors[0].message", equalTo("there is no division 'ZZ'"));
        }

        @Test
        void anAbbreviationIsUniqueInItsCountryWhateverItsCase() {
            Map<String, Object> body = party("KH", "Copycat party " + Ids.segment());
            body.put("abbreviation", "cPp");
            given().contentType(ContentType.JSON).body(body).post("/v1/parties").then().statusCode(409)
                    .contentType(PROBLEM)
                    .body("type", equalTo("/problems/conflict"))
                    .body("detail", equalTo("The abbreviation 'cPp' is already used in 'KH' by the party 'Cambodian"
                            + " People's Party' (" + CPP + "); abbreviations are unique per country, whatever their case."));
            body.put("countryId", "JP");
            given().contentType(ContentType.JSON).body(body).post("/v1/parties").then().statusCode(201)
                    .body("abbreviation", equalTo("cPp"));
        }

        @Test
        void aPredecessorIsAPartyOfTheSameCountry() {
            Map<String, Object> successor = party("KH", "Successor " + Ids.segment());
            successor.put("predecessorId", CANDLELIGHT);
            given().contentType(ContentType.JSON).body(successor).post("/v1/parties").then().statusCode(201)
                    .body("predecessorId", equalTo(CANDLELIGHT));
            Map<String, Object> abroad = party("JP", "Abroad " + Ids.segment());
            abroad.put("predecessorId", CANDLELIGHT);
            given().contentType(ContentType.JSON).body(abroad).post("/v1/parties").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("predecessorId")))
                    .body("errors[0].message", equalTo("is a party of 'KH', not of 'JP'"));
            abroad.put("predecessorId", UNKNOWN);
            given().contentType(ContentType.JSON).body(abroad).post("/v1/parties").then().statusCode(400)
                    .body("errors[0].message", equalTo("there is no party '" + UNKNOWN + "'"));
        }

        @Test
        void aNullEntryOfAnArrayIsNamed() {
            Map<String, Object> body = party("KH", "Null party " + Ids.segment());
            body.put("sources", new ArrayList<>(java.util.Collections.singletonList(null)));
            given().contentType(ContentType.JSON).body(body).post("/v1/parties").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("sources[0]")));
        }
    }

    @Nested
    class Reading {

        @Test
        void theDemoPartiesOfCambodiaAreListedAlphabetically() {
            given().queryParam("countryId", "KH").queryParam("pageSize", 500).get("/v1/parties").then()
                    .statusCode(200)
                    .body("items.name.en", hasItem("Cambodian People's Party"))
                    .body("items.name.en", hasItem("Candlelight Party"))
                    .body("items.name.en", hasItem("Farmer's Party"));
            List<String> names = given().queryParam("countryId", "KH").queryParam("pageSize", 500).get("/v1/parties")
                    .then().extract().path("items.name.en");
            List<String> lowerCase = names.stream().map(String::toLowerCase).toList();
            assertThat(lowerCase).isSorted();
        }

        @Test
        void qSearchesNamesAndAbbreviations() {
            given().queryParam("q", "KNUP").get("/v1/parties").then().statusCode(200)
                    .body("items.name.en", equalTo(List.of("Khmer National United Party")));
            given().queryParam("q", "candlelight").get("/v1/parties").then().statusCode(200)
                    .body("items.id", hasItem(CANDLELIGHT));
        }

        @Test
        void activeOnKeepsThePartiesThatExistedThatDay() {
            String segment = Ids.segment();
            Map<String, Object> dissolved = party("KH", "Dissolved " + segment);
            dissolved.put("foundedOn", "2012-01-01");
            dissolved.put("dissolvedOn", "2017-11-16");
            String id = createParty(dissolved);
            String undated = createParty(party("KH", "Undated " + segment));
            String query = "Dissolved " + segment;
            given().queryParam("q", query).queryParam("activeOn", "2013-07-28").get("/v1/parties").then()
                    .body("items.id", equalTo(List.of(id)));
            given().queryParam("q", query).queryParam("activeOn", "2017-11-16").get("/v1/parties").then()
                    .body("items.id", equalTo(List.of(id)));
            given().queryParam("q", query).queryParam("activeOn", "2018-07-29").get("/v1/parties").then()
                    .body("items", equalTo(List.of()));
            given().queryParam("q", query).queryParam("activeOn", "2011-12-31").get("/v1/parties").then()
                    .body("items", equalTo(List.of()));
            given().queryParam("q", "Undated " + segment).queryParam("activeOn", "1900-01-01").get("/v1/parties")
                    .then().body("items.id", equalTo(List.of(undated)));
        }

        @Test
        void pagesFollowOneAnotherWithoutGapsOrRepeats() {
            String segment = Ids.segment();
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                created.add(createParty(party("KH", "Paged " + segment + " " + i)));
            }
            List<String> seen = new ArrayList<>();
            String token = null;
            do {
                var request = given().queryParam("q", "Paged " + segment).queryParam("pageSize", 2);
                if (token != null) {
                    request.queryParam("pageToken", token);
                }
                var page = request.get("/v1/parties").then().statusCode(200).extract();
                seen.addAll(page.path("items.id"));
                token = page.path("nextPageToken");
            } while (token != null);
            assertThat(seen).isEqualTo(created);
        }

        @Test
        void updatedSinceKeepsTheRecentlyChanged() {
            Instant before = Instant.now().minusSeconds(1);
            String id = createParty();
            given().queryParam("updatedSince", before.toString()).queryParam("pageSize", 500).get("/v1/parties")
                    .then().statusCode(200).body("items.id", hasItem(id)).body("items.id", not(hasItem(CPP)));
        }

        @Test
        void filtersOfTheWrongTypeAndUnknownPartiesAreNamed() {
            given().queryParam("activeOn", "yesterday").get("/v1/parties").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("activeOn")));
            given().get("/v1/parties/not-a-uuid").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("partyId")));
            given().get("/v1/parties/" + UNKNOWN).then().statusCode(404).contentType(PROBLEM)
                    .body("detail", equalTo("There is no party '" + UNKNOWN + "'."));
        }

        @Test
        void aCurrentEtagGetsNotModified() {
            String etag = etagOf("/v1/parties/" + CPP);
            given().header("If-None-Match", etag).get("/v1/parties/" + CPP).then().statusCode(304);
        }
    }

    @Nested
    class Updating {

        @Test
        void aMergePatchChangesOnlyWhatItNames() {
            String id = createParty();
            String path = "/v1/parties/" + id;
            given().contentType(MERGE_PATCH).header("If-Match", etagOf(path))
                    .body(Map.of("name", Map.of("km", "គណបក្ស"), "colour", "#00FF00")).patch(path).then().statusCode(200)
                    .body("name.km", equalTo("គណបក្ស"))
                    .body("name.en", notNullValue())
                    .body("colour", equalTo("#00FF00"))
                    .body("abbreviation", notNullValue());
            given().contentType(MERGE_PATCH).header("If-Match", etagOf(path)).body("{\"abbreviation\": null}")
                    .patch(path).then().statusCode(200).body("abbreviation", nullValue());
        }

        @Test
        void withoutIfMatchOrWithAStaleOneNothingChanges() {
            String path = "/v1/parties/" + createParty();
            String stale = etagOf(path);
            given().contentType(MERGE_PATCH).body(Map.of("notes", "x")).patch(path).then().statusCode(428)
                    .body("type", equalTo("/problems/precondition-required"));
            patch(path, Map.of("notes", "changed"));
            given().contentType(MERGE_PATCH).header("If-Match", stale).body(Map.of("notes", "again")).patch(path)
                    .then().statusCode(412).body("type", equalTo("/problems/precondition-failed"));
            given().get(path).then().body("notes", equalTo("changed"));
        }

        @Test
        void theCountryIsFixed() {
            String path = "/v1/parties/" + createParty();
            given().contentType(MERGE_PATCH).header("If-Match", "*").body(Map.of("countryId", "JP")).patch(path).then()
                    .statusCode(400).body("errors.field", equalTo(List.of("countryId")));
        }

        @Test
        void anotherPartysAbbreviationIsAConflict() {
            String path = "/v1/parties/" + createParty();
            given().contentType(MERGE_PATCH).header("If-Match", "*").body(Map.of("abbreviation", "funcinpec"))
                    .patch(path).then().statusCode(409).body("type", equalTo("/problems/conflict"))
                    .body("detail", org.hamcrest.Matchers.containsString(PartyRequests.FUNCINPEC));
        }

        @Test
        void predecessorsNeverLeadBackToTheParty() {
            String first = createParty();
            Map<String, Object> second = party("KH", "Second " + Ids.segment());
            second.put("predecessorId", first);
            String secondId = createParty(second);
            given().contentType(MERGE_PATCH).header("If-Match", "*").body(Map.of("predecessorId", secondId))
                    .patch("/v1/parties/" + first).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("predecessorId")))
                    .body("errors[0].message", equalTo("would make a cycle: '" + secondId
                            + "' already descends from this party"));
        }
    }

    @Nested
    class Deleting {

        @Test
        void aPartyNothingRefersToIsDeleted() {
            String path = "/v1/parties/" + createParty();
            given().header("If-Match", etagOf(path)).delete(path).then().statusCode(204);
            given().get(path).then().statusCode(404);
        }

        @Test
        void aDeleteNeedsTheCurrentEtag() {
            String path = "/v1/parties/" + createParty();
            given().delete(path).then().statusCode(428);
            given().header("If-Match", "\"stale\"").delete(path).then().statusCode(412);
            given().get(path).then().statusCode(200);
        }

        @Test
        void aPartyInAnElectionIsKept() {
            String id = createParty(PartyRequests.testCountry());
            createParticipation(createElection(), id, "REGISTERED");
            given().header("If-Match", "*").delete("/v1/parties/" + id).then().statusCode(409)
                    .body("type", equalTo("/problems/conflict"))
                    .body("detail", equalTo("Party '" + id
                            + "' takes part in one or more elections; delete its participations first."));
        }

        @Test
        void aPartyAnObservationNamesIsKept() {
            String id = createParty();
            createObservation(observation(createMission(), id, "2023-07-15", null));
            given().header("If-Match", "*").delete("/v1/parties/" + id).then().statusCode(409)
                    .body("detail", equalTo("Party '" + id
                            + "' is named by campaign observations; change or delete those first."));
        }

        @Test
        void aPredecessorIsKept() {
            String id = createParty();
            Map<String, Object> successor = party("KH", "Successor " + Ids.segment());
            successor.put("predecessorId", id);
            createParty(successor);
            given().header("If-Match", "*").delete("/v1/parties/" + id).then().statusCode(409)
                    .body("detail", equalTo("Party '" + id + "' is the predecessor of other parties; change those first."));
        }
    }
}
