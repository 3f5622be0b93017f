package org.observa.api.party;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.observa.api.party.PartyRequests.CANDLELIGHT;
import static org.observa.api.party.PartyRequests.CANDLELIGHT_2023;
import static org.observa.api.party.PartyRequests.ELECTION_2023;
import static org.observa.api.party.PartyRequests.MERGE_PATCH;
import static org.observa.api.party.PartyRequests.PROBLEM;
import static org.observa.api.party.PartyRequests.UNKNOWN;
import static org.observa.api.party.PartyRequests.createElection;
import static org.observa.api.party.PartyRequests.createParticipation;
import static org.observa.api.party.PartyRequests.createParty;
import static org.observa.api.party.PartyRequests.etagOf;
import static org.observa.api.party.PartyRequests.participation;
import static org.observa.api.party.PartyRequests.row;
import static org.observa.api.party.PartyRequests.table;
import static org.observa.api.party.PartyRequests.testCountry;
import static org.observa.api.party.PartyRequests.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;
import org.observa.api.support.Ids;

@QuarkusTest
class ParticipationsTest extends ApiTest {

    private String electionId;
    private String participations;

    @BeforeEach
    void anElectionOfItsOwn() {
        electionId = createElection();
        participations = "/v1/elections/" + electionId + "/participations";
    }

    /** A new party of the country of the test's election. */
    private static String party() {
        return createParty(testCountry());
    }

    @Test
    void theCandlelightPartyWasKeptOffThe2023BallotAndTheReasonIsGiven() {
        given().queryParam("status", "REJECTED").get("/v1/elections/" + ELECTION_2023 + "/participations").then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(CANDLELIGHT_2023)))
                .body("items[0].partyId", equalTo(CANDLELIGHT))
                .body("items[0].partyName.en", equalTo("Candlelight Party"))
                .body("items[0].statusDate", equalTo("2023-05-15"))
                .body("items[0].reason.en", equalTo("The National Election Committee (NEC) rejected the party's"
                        + " registration for the election; the Constitutional Council upheld the rejection."))
                .body("items[0].sources[0].citation", equalTo("COMFREL, election digest, May 2023 (party registration)"));
        given().queryParam("status", "REGISTERED").get("/v1/elections/" + ELECTION_2023 + "/participations").then()
                .statusCode(200)
                .body("items.partyName.en", equalTo(List.of("Cambodian People's Party", "FUNCINPEC",
                        "Khmer National United Party", "Cambodian Youth Party", "Dharmacracy Party", "Farmer's Party")));
    }

    @Test
    void aParticipationIsRecordedWithLocationEtagAndThePartysName() {
        String segment = Ids.segment();
        Map<String, Object> body = PartyRequests.party(testCountry(), "Party " + segment);
        body.put("abbreviation", "P" + segment);
        String partyId = PartyRequests.createParty(body);
        Map<String, Object> rejected = participation(partyId, "REJECTED");
        rejected.put("statusDate", "2400-01-01");
        rejected.put("reason", Map.of("en", "Its list was incomplete."));
        rejected.put("sources", List.of(Map.of("citation", "A test source")));
        var created = given().contentType(ContentType.JSON).body(rejected).post(participations).then().statusCode(201)
                .header("ETag", notNullValue())
                .body("electionId", equalTo(electionId))
                .body("partyId", equalTo(partyId))
                .body("partyName.en", equalTo("Party " + segment))
                .body("partyAbbreviation", equalTo("P" + segment))
                .body("status", equalTo("REJECTED"))
                .body("reason.en", equalTo("Its list was incomplete."))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(participations + "/" + id);
        given().get(participations + "/" + id).then().statusCode(200).header("ETag", equalTo(created.header("ETag")));
    }

    @Test
    void anElectionThatDoesNotExistHasNoParticipations() {
        given().get("/v1/elections/kh-na-1900-01-01/participations").then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("There is no election 'kh-na-1900-01-01'."));
        given().contentType(ContentType.JSON).body(participation(party(), "REGISTERED"))
                .post("/v1/elections/kh-na-1900-01-01/participations").then().statusCode(404);
    }

    @Test
    void aParticipationIsOnlyFoundUnderItsElection() {
        String id = createParticipation(electionId, party(), "REGISTERED");
        given().get("/v1/elections/" + ELECTION_2023 + "/participations/" + id).then().statusCode(404)
                .body("detail", equalTo("There is no participation '" + id + "'."));
        given().get(participations + "/not-a-uuid").then().statusCode(400)
                .body("errors.field", equalTo(List.of("participationId")));
    }

    @Test
    void thePartyMustExistAndBeOfTheElectionsCountry() {
        String japanese = PartyRequests.createParty(PartyRequests.party("JP", "Japanese party " + Ids.segment()));
        given().contentType(ContentType.JSON).body(participation(japanese, "REGISTERED")).post(participations).then()
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", equalTo(List.of("partyId")))
                .body("errors[0].message", equalTo("is a party of 'JP', not of the election's country '" + testCountry() + "'"));
        given().contentType(ContentType.JSON).body(participation(UNKNOWN, "REGISTERED")).post(participations).then()
                .statusCode(400).body("errors[0].message", equalTo("there is no party '" + UNKNOWN + "'"));
    }

    @Test
    void everyMissingFieldIsNamed() {
        given().contentType(ContentType.JSON).body(Map.of("reason", Map.of("km", "x"))).post(participations).then()
                .statusCode(400).body("errors.field", equalTo(List.of("partyId", "status")));
        given().contentType(ContentType.JSON).body(Map.of("partyId", party(), "status", "ELECTED"))
                .post(participations).then().statusCode(400).body("errors.field", equalTo(List.of("status")));
    }

    @Test
    void aPartyTakesPartInAnElectionOnce() {
        String partyId = party();
        String first = createParticipation(electionId, partyId, "REGISTERED");
        given().contentType(ContentType.JSON).body(participation(partyId, "WITHDRAWN")).post(participations).then()
                .statusCode(409).body("type", equalTo("/problems/conflict"))
                .body("detail", equalTo("Party '" + partyId + "' already takes part in election '" + electionId
                        + "': participation '" + first + "'. A party takes part in an election once; change that one."));
    }

    @Test
    void theStatusFilterAndTheRecordingOrder() {
        String registered = createParticipation(electionId, party(), "REGISTERED");
        String withdrawn = createParticipation(electionId, party(), "WITHDRAWN");
        String dissolved = createParticipation(electionId, party(), "DISSOLVED");
        given().get(participations).then().statusCode(200)
                .body("items.id", equalTo(List.of(registered, withdrawn, dissolved)));
        given().queryParam("status", "WITHDRAWN").get(participations).then()
                .body("items.id", equalTo(List.of(withdrawn)));
        given().queryParam("pageSize", 2).get(participations).then()
                .body("items.id", equalTo(List.of(registered, withdrawn)))
                .body("nextPageToken", notNullValue());
        given().queryParam("status", "ELECTED").get(participations).then().statusCode(400)
                .body("errors.field", equalTo(List.of("status")));
    }

    @Test
    void aMergePatchChangesTheStatusButNotTheParty() {
        String path = participations + "/" + createParticipation(electionId, party(), "REGISTERED");
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path))
                .body(Map.of("status", "WITHDRAWN", "statusDate", "2400-01-02", "reason", Map.of("en", "Withdrew.")))
                .patch(path).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("reason.en", equalTo("Withdrew."));
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path)).body("{\"reason\": null}").patch(path)
                .then().statusCode(200).body("reason", nullValue());
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path)).body(Map.of("partyId", party()))
                .patch(path).then().statusCode(400).body("errors.field", equalTo(List.of("partyId")));
        given().contentType(MERGE_PATCH).body(Map.of("status", "REGISTERED")).patch(path).then().statusCode(428);
        given().contentType(MERGE_PATCH).header("If-Match", "\"stale\"").body(Map.of("status", "REGISTERED"))
                .patch(path).then().statusCode(412);
    }

    @Test
    void aParticipationTheResultsListStaysRegisteredAndIsKept() {
        String id = createParticipation(electionId, party(), "REGISTERED");
        String path = participations + "/" + id;
        upload(electionId, table(List.of(row(id, null, 1000, 2)), List.of()));
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path)).body(Map.of("status", "WITHDRAWN"))
                .patch(path).then().statusCode(400)
                .body("errors.field", equalTo(List.of("status")))
                .body("errors[0].message", equalTo("cannot become WITHDRAWN while the election's results list this"
                        + " party: only REGISTERED participations get results; upload results without it first"));
        given().header("If-Match", etagOf(path)).delete(path).then().statusCode(409)
                .body("detail", equalTo("Participation '" + id + "' has results in election '" + electionId
                        + "'; upload results without it, or delete them, first."));
    }

    @Test
    void aParticipationWithoutResultsIsDeleted() {
        String path = participations + "/" + createParticipation(electionId, party(), "REGISTERED");
        given().delete(path).then().statusCode(428);
        given().header("If-Match", etagOf(path)).delete(path).then().statusCode(204);
        given().get(path).then().statusCode(404);
    }

    @Test
    void anElectionWithParticipationsIsKept() {
        createParticipation(electionId, party(), "REGISTERED");
        given().header("If-Match", "*").delete("/v1/elections/" + electionId).then().statusCode(409)
                .body("type", equalTo("/problems/conflict"));
        given().get("/v1/elections/" + electionId).then().statusCode(200);
    }
}
