package org.observa.api.party;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.observa.api.party.PartyRequests.CPP;
import static org.observa.api.party.PartyRequests.ELECTION_2023;
import static org.observa.api.party.PartyRequests.MERGE_PATCH;
import static org.observa.api.party.PartyRequests.MISSION_2023;
import static org.observa.api.party.PartyRequests.PROBLEM;
import static org.observa.api.party.PartyRequests.SOUP_KITCHEN;
import static org.observa.api.party.PartyRequests.UNKNOWN;
import static org.observa.api.party.PartyRequests.createMission;
import static org.observa.api.party.PartyRequests.createObservation;
import static org.observa.api.party.PartyRequests.createParty;
import static org.observa.api.party.PartyRequests.etagOf;
import static org.observa.api.party.PartyRequests.observation;
import static org.observa.api.party.PartyRequests.party;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;
import org.observa.api.support.Ids;

@QuarkusTest
class CampaignObservationsTest extends ApiTest {

    private String missionId;
    private String partyId;

    @BeforeEach
    void aMissionAndAPartyOfTheirOwn() {
        missionId = createMission();
        partyId = createParty();
    }

    @Test
    void theInterbandMissionObservedTheRulingPartysCampaignAndSoupKitchen() {
        given().get("/v1/campaign-observations/" + SOUP_KITCHEN).then().statusCode(200)
                .body("missionId", equalTo(MISSION_2023))
                .body("partyId", equalTo(CPP))
                .body("observedOn", equalTo("2023-07-13"))
                .body("observedUntil", equalTo("2023-07-21"))
                .body("divisionId", equalTo("KH-12"))
                .body("kind", equalTo("DISTRIBUTION_OF_GOODS"))
                .body("concerns", equalTo(List.of()))
                .body("notes.en", org.hamcrest.Matchers.containsString("The report gives no day"));
        given().queryParam("missionId", MISSION_2023).get("/v1/campaign-observations").then().statusCode(200)
                .body("items.id", equalTo(List.of(SOUP_KITCHEN)));
    }

    @Test
    void anObservationIsRecordedWithLocationAndEtag() {
        Map<String, Object> body = observation(missionId, partyId, "2023-07-14", "2023-07-15");
        body.put("concerns", List.of("VOTE_BUYING_RISK", "USE_OF_STATE_RESOURCES"));
        var created = given().contentType(ContentType.JSON).body(body).post("/v1/campaign-observations").then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("missionId", equalTo(missionId))
                .body("partyId", equalTo(partyId))
                .body("observedUntil", equalTo("2023-07-15"))
                .body("concerns", equalTo(List.of("VOTE_BUYING_RISK", "USE_OF_STATE_RESOURCES")))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/v1/campaign-observations/" + id);
        given().get("/v1/campaign-observations/" + id).then().statusCode(200)
                .header("ETag", equalTo(created.header("ETag")));
    }

    @Test
    void aDayEitherSideOfTheMissionIsAllowedButNotTwo() {
        createObservation(observation(missionId, partyId, "2023-07-12", null));
        createObservation(observation(missionId, partyId, "2023-07-23", "2023-07-24"));
        given().contentType(ContentType.JSON).body(observation(missionId, partyId, "2023-07-11", null))
                .post("/v1/campaign-observations").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", equalTo(List.of("observedOn")))
                .body("errors[0].message",
                        equalTo("must be on or after 2023-07-12: the mission starts on 2023-07-13 (one day's margin)"));
        given().contentType(ContentType.JSON).body(observation(missionId, partyId, "2023-07-20", "2023-07-25"))
                .post("/v1/campaign-observations").then().statusCode(400)
                .body("errors.field", equalTo(List.of("observedUntil")))
                .body("errors[0].message",
                        equalTo("must be on or before 2023-07-24: the mission ends on 2023-07-23 (one day's margin)"));
        given().contentType(ContentType.JSON).body(observation(missionId, partyId, "2023-07-16", "2023-07-15"))
                .post("/v1/campaign-observations").then().statusCode(400)
                .body("errors.field", equalTo(List.of("observedUntil")))
                .body("errors[0].message", equalTo("cannot be before observedOn"));
    }

    @Test
    void thePartyAndThePlaceAreInTheMissionsCountry() {
        String japanese = PartyRequests.createParty(party("JP", "Japanese party " + Ids.segment()));
        Map<String, Object> abroad = observation(missionId, japanese, "2023-07-14", null);
        abroad.put("divisionId", "JP");
        given().contentType(ContentType.JSON).body(abroad).post("/v1/campaign-observations").then().statusCode(400)
                .body("errors.field", equalTo(List.of("partyId", "divisionId")))
                .body("errors[0].message", equalTo("is a party of 'JP', not of the mission's country 'KH'"))
                .body("errors[1].message", equalTo("is in 'JP', not in the mission's country 'KH'"));
    }

    @Test
    void theMissionAndThePartyMustExistAndConcernsAreNamedOnce() {
        Map<String, Object> body = observation(UNKNOWN, UNKNOWN, "2023-07-14", null);
        body.put("concerns", List.of("INTIMIDATION", "HATE_SPEECH", "INTIMIDATION"));
        given().contentType(ContentType.JSON).body(body).post("/v1/campaign-observations").then().statusCode(400)
                .body("errors.field", equalTo(List.of("missionId", "concerns[2]", "partyId")))
                .body("errors[0].message", equalTo("there is no mission '" + UNKNOWN + "'"));
        given().contentType(ContentType.JSON).body(Map.of("notes", Map.of("en", "?"))).post("/v1/campaign-observations")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("kind", "missionId", "observedOn", "partyId")));
        Map<String, Object> unknownKind = observation(missionId, partyId, "2023-07-14", null);
        unknownKind.put("kind", "PICNIC");
        given().contentType(ContentType.JSON).body(unknownKind).post("/v1/campaign-observations").then()
                .statusCode(400).body("errors.field", equalTo(List.of("kind")));
    }

    @Test
    void filtersKeepTheObservationsOfAMissionPartyElectionOrKind() {
        String rally = createObservation(observation(missionId, partyId, "2023-07-15", null));
        Map<String, Object> door = observation(missionId, partyId, "2023-07-14", null);
        door.put("kind", "DOOR_TO_DOOR");
        String doorToDoor = createObservation(door);
        given().queryParam("missionId", missionId).get("/v1/campaign-observations").then().statusCode(200)
                .body("items.id", equalTo(List.of(doorToDoor, rally)));
        given().queryParam("missionId", missionId).queryParam("kind", "RALLY").get("/v1/campaign-observations")
                .then().body("items.id", equalTo(List.of(rally)));
        given().queryParam("partyId", partyId).get("/v1/campaign-observations").then()
                .body("items.id", equalTo(List.of(doorToDoor, rally)));
        given().queryParam("electionId", ELECTION_2023).queryParam("pageSize", 500).get("/v1/campaign-observations")
                .then().body("items.id", hasItem(rally)).body("items.id", hasItem(SOUP_KITCHEN));
        given().queryParam("electionId", "kh-na-2018-07-29").queryParam("partyId", partyId)
                .get("/v1/campaign-observations").then().body("items", equalTo(List.of()));
        given().queryParam("missionId", missionId).queryParam("pageSize", 1).get("/v1/campaign-observations").then()
                .body("items.id", equalTo(List.of(doorToDoor))).body("nextPageToken", notNullValue());
        given().queryParam("kind", "PICNIC").get("/v1/campaign-observations").then().statusCode(400)
                .body("errors.field", equalTo(List.of("kind")));
    }

    @Test
    void aMergePatchChangesTheObservationButNotItsMission() {
        String path = "/v1/campaign-observations/" + createObservation(observation(missionId, partyId, "2023-07-14", null));
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path))
                .body(Map.of("concerns", List.of("INTIMIDATION"), "place", "Phnom Penh, Cambodia"))
                .patch(path).then().statusCode(200)
                .body("concerns", equalTo(List.of("INTIMIDATION")))
                .body("place", equalTo("Phnom Penh, Cambodia"));
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path)).body("{\"divisionId\": null}").patch(path)
                .then().statusCode(200).body("divisionId", nullValue());
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path)).body(Map.of("missionId", MISSION_2023))
                .patch(path).then().statusCode(400).body("errors.field", equalTo(List.of("missionId")));
        given().contentType(MERGE_PATCH).body(Map.of("place", "x")).patch(path).then().statusCode(428);
        given().contentType(MERGE_PATCH).header("If-Match", "\"stale\"").body(Map.of("place", "x")).patch(path)
                .then().statusCode(412);
    }

    @Test
    void anObservationIsDeletedWithItsEtagAndItsMissionIsKeptWhileItHasOne() {
        String path = "/v1/campaign-observations/" + createObservation(observation(missionId, partyId, "2023-07-14", null));
        given().header("If-Match", "*").delete("/v1/missions/" + missionId).then().statusCode(409)
                .body("type", equalTo("/problems/conflict"));
        given().delete(path).then().statusCode(428);
        given().header("If-Match", etagOf(path)).delete(path).then().statusCode(204);
        given().get(path).then().statusCode(404).contentType(PROBLEM);
        given().header("If-Match", "*").delete("/v1/missions/" + missionId).then().statusCode(204);
    }

    @Test
    void anUnknownObservationIsNotFound() {
        given().get("/v1/campaign-observations/" + UNKNOWN).then().statusCode(404)
                .body("detail", equalTo("There is no campaign observation '" + UNKNOWN + "'."));
        given().get("/v1/campaign-observations/not-a-uuid").then().statusCode(400)
                .body("errors.field", equalTo(List.of("observationId")));
    }
}
