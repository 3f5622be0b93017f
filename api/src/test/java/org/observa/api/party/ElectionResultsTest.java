package org.observa.api.party;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.observa.api.party.PartyRequests.ELECTION_2023;
import static org.observa.api.party.PartyRequests.PROBLEM;
import static org.observa.api.party.PartyRequests.UNKNOWN;
import static org.observa.api.party.PartyRequests.createElection;
import static org.observa.api.party.PartyRequests.createParticipation;
import static org.observa.api.party.PartyRequests.createParty;
import static org.observa.api.party.PartyRequests.etagOf;
import static org.observa.api.party.PartyRequests.registeredParty;
import static org.observa.api.party.PartyRequests.results;
import static org.observa.api.party.PartyRequests.row;
import static org.observa.api.party.PartyRequests.table;
import static org.observa.api.party.PartyRequests.testCountry;
import static org.observa.api.party.PartyRequests.total;
import static org.observa.api.party.PartyRequests.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

@QuarkusTest
class ElectionResultsTest extends ApiTest {

    @Test
    void theOfficialResultsOf2023GiveTheVoteSharesComputedByTheApi() {
        given().queryParam("groupBy", "party").get(results(ELECTION_2023)).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("electionId", equalTo(ELECTION_2023))
                .body("groupBy", equalTo("party"))
                .body("status", equalTo("OFFICIAL"))
                .body("announcedOn", equalTo("2023-08-05"))
                .body("electionSeats", equalTo(125))
                .body("national.validVotes", equalTo(7_774_276))
                .body("national.shareBasis", equalTo("GIVEN_TOTAL"))
                .body("national.invalidVotes", equalTo(440_154))
                .body("national.registeredVoters", equalTo(9_710_655))
                .body("national.votesOfRows", equalTo(7_443_314))
                .body("national.seats", equalTo(125))
                .body("parties.abbreviation[0]", equalTo("CPP"))
                .body("parties[0].name.en", equalTo("Cambodian People's Party"))
                .body("parties[0].votes", equalTo(6_398_311))
                .body("parties[0].seats", equalTo(120))
                .body("parties[0].voteShare", equalTo(82.3f))
                .body("parties[1].abbreviation", equalTo("FUNCINPEC"))
                .body("parties[1].seats", equalTo(5))
                .body("parties[1].voteShare", equalTo(9.2f))
                .body("parties.name.en", equalTo(List.of("Cambodian People's Party", "FUNCINPEC",
                        "Khmer National United Party", "Cambodian Youth Party", "Dharmacracy Party", "Farmer's Party")))
                .body("parties.voteShare", equalTo(List.of(82.3f, 9.2f, 1.7f, 1.3f, 1.1f, 0.2f)))
                .body("$", not(hasKey("divisions")));
    }

    @Test
    void withoutGroupByTheResultsArePerPartyWithTheSameEtag() {
        String perParty = given().queryParam("groupBy", "party").get(results(ELECTION_2023)).then().extract()
                .header("ETag");
        given().get(results(ELECTION_2023)).then().statusCode(200).header("ETag", equalTo(perParty))
                .body("groupBy", equalTo("party"));
        given().header("If-None-Match", perParty).get(results(ELECTION_2023)).then().statusCode(304);
    }

    @Test
    void theElectionsOwnResultsStatusIsNotChangedByAnUpload() {
        String electionId = createElection();
        upload(electionId, table(List.of(row(registeredParty(electionId), null, 10, null)), List.of()));
        given().get("/v1/elections/" + electionId).then().statusCode(200).body("resultsStatus", nullValue());
    }

    @Test
    void unknownElectionsTablesAndGroupingsAreNamed() {
        given().get(results("kh-na-1900-01-01")).then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("There is no election 'kh-na-1900-01-01'."));
        given().contentType(ContentType.JSON).body(table(List.of(), List.of())).put(results("kh-na-1900-01-01"))
                .then().statusCode(404);
        String electionId = createElection();
        given().get(results(electionId)).then().statusCode(404)
                .body("detail", equalTo("There is no results table of election '" + electionId + "'."));
        given().header("If-Match", "*").delete(results(electionId)).then().statusCode(404);
        given().queryParam("groupBy", "PARTY").get(results(ELECTION_2023)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("groupBy")));
    }

    @Nested
    class Uploading {

        private String electionId;
        private String first;
        private String second;
        private final String country = testCountry();
        private final String province1 = country + "-1";
        private final String province2 = country + "-2";

        @BeforeEach
        void anElectionWithTwoRegisteredParties() {
            electionId = createElection();
            first = registeredParty(electionId);
            second = registeredParty(electionId);
        }

        @Test
        void theFirstTableIsCreatedAndReadBack() {
            var created = given().contentType(ContentType.JSON)
                    .body(table(List.of(row(first, null, 600, 100), row(second, null, 200, 25)), List.of(total(null, 1000))))
                    .put(results(electionId)).then().statusCode(201)
                    .header("ETag", notNullValue())
                    .body("parties.participationId", equalTo(List.of(first, second)))
                    .body("parties.voteShare", equalTo(List.of(60.0f, 20.0f)))
                    .body("national.shareBasis", equalTo("GIVEN_TOTAL"))
                    .body("national.seats", equalTo(125))
                    .extract();
            assertThat(created.header("Location")).endsWith(results(electionId));
            given().get(results(electionId)).then().statusCode(200).header("ETag", equalTo(created.header("ETag")));
        }

        @Test
        void aRowMayNameThePartyInsteadOfItsParticipation() {
            String partyId = given().get("/v1/elections/" + electionId + "/participations/" + second).then()
                    .extract().path("partyId");
            given().contentType(ContentType.JSON)
                    .body(table(List.of(Map.of("partyId", partyId, "votes", 70)), List.of()))
                    .put(results(electionId)).then().statusCode(201)
                    .body("parties[0].participationId", equalTo(second))
                    .body("parties[0].voteShare", equalTo(100.0f))
                    .body("national.shareBasis", equalTo("SUM_OF_ROWS"));
        }

        @Test
        void anUploadWithOneBadRowStoresNothing() {
            String rejected = createParticipation(electionId, createParty(testCountry()), "REJECTED");
            given().contentType(ContentType.JSON)
                    .body(table(List.of(row(first, null, 600, 100), row(rejected, null, 50, null)), List.of()))
                    .put(results(electionId)).then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("/problems/validation-failed"))
                    .body("errors.field", equalTo(List.of("rows[1].participationId")))
                    .body("errors[0].message", equalTo("is REJECTED in election '" + electionId
                            + "': only REGISTERED participations get results"));
            given().get(results(electionId)).then().statusCode(404);

            String etag = upload(electionId, table(List.of(row(first, null, 600, 100)), List.of()));
            given().contentType(ContentType.JSON).header("If-Match", etag)
                    .body(table(List.of(row(first, null, 1, 1), row(second, "KH-99", 2, null)), List.of()))
                    .put(results(electionId)).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("rows[1].divisionId")));
            given().get(results(electionId)).then().statusCode(200).header("ETag", equalTo(etag))
                    .body("parties.votes", equalTo(List.of(600)));
        }

        @Test
        void everyBadRowIsReportedAtOnce() {
            String rejected = createParticipation(electionId, createParty(testCountry()), "REJECTED");
            String outsider = createParty(testCountry());
            given().contentType(ContentType.JSON).body(table(List.of(
                            row(first, province1, 600, 2),
                            row(rejected, null, 50, null),
                            row(UNKNOWN, null, 5, null),
                            Map.of("partyId", outsider, "votes", 5),
                            row(second, "JP", 5, null),
                            row(first, province1, 7, null),
                            row(second, "KH-6-1", 9, null)), List.of()))
                    .put(results(electionId)).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("rows[1].participationId", "rows[2].participationId",
                            "rows[3].partyId", "rows[4].divisionId", "rows[5]", "rows[6].divisionId")))
                    .body("errors[1].message", equalTo("there is no participation '" + UNKNOWN + "' in election '"
                            + electionId + "'"))
                    .body("errors[2].message", equalTo("party '" + outsider + "' has no participation in election '"
                            + electionId + "'; record its participation first"))
                    .body("errors[3].message", equalTo("is in 'JP', not in the election's country '" + country + "'"))
                    .body("errors[4].message", equalTo("repeats the participation and division of rows[0]: give one"
                            + " row per participation and division"))
                    .body("errors[5].message", equalTo("there is no division 'KH-6-1'"));
            given().get(results(electionId)).then().statusCode(404);
        }

        @Test
        void rowsOfTheWrongShapeAreAllNamedFirst() {
            given().contentType(ContentType.JSON)
                    .body(table(List.of(row(first, null, -1, null), Map.of("participationId", second),
                            row(second, province1, 3, -2)), List.of()))
                    .put(results(electionId)).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("rows[0].votes", "rows[1].votes", "rows[2].seats")));
            given().contentType(ContentType.JSON).body(Map.of("rows", List.of())).put(results(electionId)).then()
                    .statusCode(400).body("errors.field", equalTo(List.of("status")));
        }

        @Test
        void theSeatsOfTheCountryCannotExceedTheElectionsSeats() {
            given().contentType(ContentType.JSON)
                    .body(table(List.of(row(first, null, 600, 100), row(second, null, 200, 26)), List.of()))
                    .put(results(electionId)).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("rows")))
                    .body("errors[0].message", equalTo("the seats add up to 126 nationally, more than the election's"
                            + " 125 seats"));
        }

        @Test
        void divisionRowsAreOfOneLevelAndTheCountryIsNotADivisionRow() {
            given().contentType(ContentType.JSON)
                    .body(table(List.of(row(first, province1, 600, null), row(second, country, 200, null)), List.of()))
                    .put(results(electionId)).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("rows[1].divisionId")))
                    .body("errors[0].message", equalTo("must be left out for the national figures: '" + country
                            + "' is the country itself"));
        }

        @Test
        void totalsAreOnePerAreaAndHoldTheVotesOfTheirRows() {
            given().contentType(ContentType.JSON)
                    .body(table(List.of(row(first, null, 600, null)), List.of(total(null, 599), total(null, 700))))
                    .put(results(electionId)).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("totals[1]")));
            given().contentType(ContentType.JSON)
                    .body(table(List.of(row(first, null, 600, null)), List.of(total(null, 599))))
                    .put(results(electionId)).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("totals[0].validVotes")))
                    .body("errors[0].message", equalTo("is 599, fewer than the 600 votes the rows give nationally"));
        }

        @Test
        void resultsAreNotAnnouncedBeforePollingDay() {
            String pollingDate = given().get("/v1/elections/" + electionId).then().extract().path("pollingDate");
            Map<String, Object> early = table(List.of(), List.of());
            early.put("announcedOn", java.time.LocalDate.parse(pollingDate).minusDays(1).toString());
            given().contentType(ContentType.JSON).body(early).put(results(electionId)).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("announcedOn")))
                    .body("errors[0].message", equalTo("cannot be before the election's polling date " + pollingDate));
        }

        @Test
        void perDivisionEachAreaHasItsTotalsAndShares() {
            upload(electionId, table(List.of(
                            row(first, province2, 300, 4), row(second, province2, 100, 1),
                            row(first, province1, 200, 2)),
                    List.of(total(province2, 500))));
            given().queryParam("groupBy", "division").get(results(electionId)).then().statusCode(200)
                    .body("groupBy", equalTo("division"))
                    .body("$", not(hasKey("parties")))
                    .body("divisions.divisionId", equalTo(List.of(province1, province2)))
                    .body("divisions[1].name.en", equalTo("Province " + province2))
                    .body("divisions[1].totals.validVotes", equalTo(500))
                    .body("divisions[1].totals.shareBasis", equalTo("GIVEN_TOTAL"))
                    .body("divisions[1].totals.seats", equalTo(5))
                    .body("divisions[1].parties.participationId", equalTo(List.of(first, second)))
                    .body("divisions[1].parties.voteShare", equalTo(List.of(60.0f, 20.0f)))
                    .body("divisions[0].totals.shareBasis", equalTo("SUM_OF_ROWS"))
                    .body("divisions[0].parties[0].voteShare", equalTo(100.0f));
            given().get(results(electionId)).then().statusCode(200)
                    .body("national.shareBasis", equalTo("SUM_OF_ROWS"))
                    .body("national.validVotes", equalTo(600))
                    .body("parties.votes", equalTo(List.of(500, 100)))
                    .body("parties.seats", equalTo(List.of(6, 1)))
                    .body("parties.voteShare", equalTo(List.of(83.3f, 16.7f)));
        }
    }

    @Nested
    class Preconditions {

        private String electionId;
        private String participation;

        @BeforeEach
        void anElectionWithARegisteredParty() {
            electionId = createElection();
            participation = registeredParty(electionId);
        }

        private Map<String, Object> votes(long votes) {
            return table(List.of(row(participation, null, votes, null)), List.of());
        }

        @Test
        void theFirstTableNeedsNoneAndIfNoneMatchStarKeepsItFromOverwriting() {
            given().contentType(ContentType.JSON).header("If-None-Match", "*").body(votes(1)).put(results(electionId))
                    .then().statusCode(201);
            given().contentType(ContentType.JSON).header("If-None-Match", "*").body(votes(2)).put(results(electionId))
                    .then().statusCode(412).contentType(PROBLEM)
                    .body("type", equalTo("/problems/precondition-failed"))
                    .body("detail", equalTo("Election '" + electionId + "' already has a results table; send"
                            + " If-Match with its ETag, instead of If-None-Match, to replace it."));
            given().get(results(electionId)).then().body("parties[0].votes", equalTo(1));
        }

        @Test
        void ifMatchCannotMatchATableThatDoesNotExist() {
            given().contentType(ContentType.JSON).header("If-Match", "*").body(votes(1)).put(results(electionId))
                    .then().statusCode(412)
                    .body("detail", equalTo("Election '" + electionId + "' has no results table yet, so If-Match"
                            + " cannot match; leave it out (or send If-None-Match: *) to upload the first one."));
            given().get(results(electionId)).then().statusCode(404);
        }

        @Test
        void aReplacementNeedsTheCurrentEtag() {
            String etag = upload(electionId, votes(1));
            given().contentType(ContentType.JSON).body(votes(2)).put(results(electionId)).then().statusCode(428)
                    .body("type", equalTo("/problems/precondition-required"));
            String replaced = given().contentType(ContentType.JSON).header("If-Match", etag).body(votes(3))
                    .put(results(electionId)).then().statusCode(200)
                    .body("parties[0].votes", equalTo(3)).extract().header("ETag");
            assertThat(replaced).isNotEqualTo(etag);
            given().contentType(ContentType.JSON).header("If-Match", etag).body(votes(4)).put(results(electionId))
                    .then().statusCode(412);
            given().contentType(ContentType.JSON).header("If-Match", "*").body(votes(5)).put(results(electionId))
                    .then().statusCode(200).body("parties[0].votes", equalTo(5));
        }

        @Test
        void theSameFiguresAgainChangeNothing() {
            String etag = upload(electionId, votes(7));
            String updatedAt = given().get(results(electionId)).then().extract().path("updatedAt");
            given().contentType(ContentType.JSON).header("If-Match", etag).body(votes(7)).put(results(electionId))
                    .then().statusCode(200).header("ETag", equalTo(etag)).body("updatedAt", equalTo(updatedAt));
        }

        @Test
        void aDeletedTableFreesItsParticipations() {
            String etag = upload(electionId, votes(7));
            given().delete(results(electionId)).then().statusCode(428);
            given().header("If-Match", "\"stale\"").delete(results(electionId)).then().statusCode(412);
            given().header("If-Match", etag).delete(results(electionId)).then().statusCode(204);
            given().get(results(electionId)).then().statusCode(404);
            String path = "/v1/elections/" + electionId + "/participations/" + participation;
            given().header("If-Match", etagOf(path)).delete(path).then().statusCode(204);
        }
    }
}
