package org.observa.api.party;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.observa.api.party.PartyRequests.createElection;
import static org.observa.api.party.PartyRequests.createMission;
import static org.observa.api.party.PartyRequests.createObservation;
import static org.observa.api.party.PartyRequests.createParticipation;
import static org.observa.api.party.PartyRequests.createParty;
import static org.observa.api.party.PartyRequests.etagOf;
import static org.observa.api.party.PartyRequests.observation;
import static org.observa.api.party.PartyRequests.patch;
import static org.observa.api.party.PartyRequests.results;
import static org.observa.api.party.PartyRequests.row;
import static org.observa.api.party.PartyRequests.table;
import static org.observa.api.party.PartyRequests.testCountry;
import static org.observa.api.party.PartyRequests.upload;
import static org.observa.api.support.ChangeFeeds.endOfFeed;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

@QuarkusTest
class PartyChangeFeedTest extends ApiTest {

    private record Seen(String type, String id, String operation, String link) {
    }

    private static List<Seen> changesAfter(String cursor) {
        List<Map<String, String>> items = given().queryParam("after", cursor).queryParam("pageSize", 500)
                .get("/v1/changes").then().statusCode(200).extract().path("items");
        List<Seen> seen = new ArrayList<>();
        items.forEach(i -> seen.add(new Seen(i.get("type"), i.get("id"), i.get("operation"), i.get("link"))));
        return seen;
    }

    @Test
    void everyWriteOfTheModuleAppearsInTheFeedWithItsLink() {
        String electionId = createElection();
        String cursor = endOfFeed();
        String partyId = createParty(testCountry());
        patch("/v1/parties/" + partyId, Map.of("notes", "changed"));
        String participationId = createParticipation(electionId, partyId, "REGISTERED");
        String etag = upload(electionId, table(List.of(row(participationId, null, 10, null)), List.of()));
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(table(List.of(row(participationId, testCountry() + "-1", 10, null)), List.of()))
                .put(results(electionId)).then().statusCode(200);
        given().header("If-Match", "*").delete(results(electionId)).then().statusCode(204);
        String missionId = createMission();
        String observed = createParty();
        String observationId = createObservation(observation(missionId, observed, "2023-07-14", null));
        String participation = "/v1/elections/" + electionId + "/participations/" + participationId;
        given().header("If-Match", etagOf(participation)).delete(participation).then().statusCode(204);

        assertThat(changesAfter(cursor)).filteredOn(s -> !s.type().equals("organization") && !s.type().equals("mission"))
                .containsExactly(
                        new Seen("party", partyId, "CREATE", "/v1/parties/" + partyId),
                        new Seen("party", partyId, "UPDATE", "/v1/parties/" + partyId),
                        new Seen("participation", participationId, "CREATE", participation),
                        new Seen("election-results", electionId, "CREATE", results(electionId)),
                        new Seen("election-results", electionId, "UPDATE", results(electionId)),
                        new Seen("election-results", electionId, "DELETE", results(electionId)),
                        new Seen("party", observed, "CREATE", "/v1/parties/" + observed),
                        new Seen("campaign-observation", observationId, "CREATE",
                                "/v1/campaign-observations/" + observationId),
                        new Seen("participation", participationId, "DELETE", participation));
    }

    @Test
    void anUploadOfTheSameFiguresIsNoChange() {
        String electionId = createElection();
        String participationId = createParticipation(electionId, createParty(testCountry()), "REGISTERED");
        Map<String, Object> figures = table(List.of(row(participationId, null, 10, null)), List.of());
        String etag = upload(electionId, figures);
        String cursor = endOfFeed();
        given().contentType(ContentType.JSON).header("If-Match", etag).body(figures).put(results(electionId)).then()
                .statusCode(200);
        String later = createParty(testCountry());
        assertThat(changesAfter(cursor)).extracting(Seen::id).containsExactly(later);
    }
}
