package org.observa.api.pollingstation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.observa.api.pollingstation.PollingRequests.MERGE_PATCH;
import static org.observa.api.pollingstation.PollingRequests.createCentre;
import static org.observa.api.pollingstation.PollingRequests.createElection;
import static org.observa.api.pollingstation.PollingRequests.createIncident;
import static org.observa.api.pollingstation.PollingRequests.createMission;
import static org.observa.api.pollingstation.PollingRequests.createStation;
import static org.observa.api.pollingstation.PollingRequests.createVisit;
import static org.observa.api.pollingstation.PollingRequests.etagOf;
import static org.observa.api.pollingstation.PollingRequests.incident;
import static org.observa.api.pollingstation.PollingRequests.pollingDayOf;
import static org.observa.api.pollingstation.PollingRequests.visit;
import static org.observa.api.support.ChangeFeeds.endOfFeed;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

/** Every write of centres, stations, visits and incidents is in the change feed, with the resource's link. */
@QuarkusTest
class PollingChangesTest extends ApiTest {

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
    void createsUpdatesAndDeletesOfEachResourceAppearWithTheirLinks() {
        String election = createElection();
        String mission = createMission(election);
        String cursor = endOfFeed();

        String centre = createCentre(election, "KH-6");
        String station = createStation(centre, "1");
        String visit = createVisit(visit(mission, station, pollingDayOf(election)));
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/station-visits/" + visit))
                .body(Map.of("assessment", "GOOD")).patch("/v1/station-visits/" + visit).then().statusCode(200);
        given().header("If-Match", etagOf("/v1/station-visits/" + visit)).delete("/v1/station-visits/" + visit)
                .then().statusCode(204);

        assertThat(changesAfter(cursor)).containsExactly(
                new Seen("polling-centre", centre, "CREATE", "/v1/polling-centres/" + centre),
                new Seen("polling-station", station, "CREATE", "/v1/polling-stations/" + station),
                new Seen("station-visit", visit, "CREATE", "/v1/station-visits/" + visit),
                new Seen("station-visit", visit, "UPDATE", "/v1/station-visits/" + visit),
                new Seen("station-visit", visit, "DELETE", "/v1/station-visits/" + visit));
    }

    /**
     * An incident's report, its steps and its removal are in the feed. A PLANNED mission's incidents are listed
     * too, as type, id and link only: the link answers 404 to those who may not read them.
     */
    @Test
    void incidentsAndTheirStatusChangesAppearWithLinksThatKeepADraftMissionsIncidentsHidden() {
        String election = createElection();
        String mission = createMission(election);
        String station = createStation(createCentre(election, "KH-6"), "1");
        String cursor = endOfFeed();

        String id = createIncident(incident(mission, station, pollingDayOf(election) + "T05:00:00Z"));
        given().contentType(ContentType.JSON).header("If-Match", etagOf("/v1/incidents/" + id))
                .body(Map.of("status", "UNDER_REVIEW", "reason", "Check")).post("/v1/incidents/" + id + "/status-changes")
                .then().statusCode(200);
        List<Seen> written = changesAfter(cursor);
        String history = "/v1/incidents/" + id + "/status-changes";
        assertThat(written).hasSize(4);
        assertThat(written.get(0)).isEqualTo(new Seen("incident", id, "CREATE", "/v1/incidents/" + id));
        assertThat(written.get(1)).extracting(Seen::type, Seen::operation, Seen::link)
                .containsExactly("incident-status-change", "CREATE", history);
        assertThat(written.get(2)).isEqualTo(new Seen("incident", id, "UPDATE", "/v1/incidents/" + id));
        assertThat(written.get(3)).extracting(Seen::type, Seen::operation, Seen::link)
                .containsExactly("incident-status-change", "CREATE", history);
        given().header("Authorization", "").get("/v1/incidents/" + id).then().statusCode(404);
        given().header("Authorization", "").get(history).then().statusCode(404);

        String deletedAt = endOfFeed();
        given().header("If-Match", etagOf("/v1/incidents/" + id)).delete("/v1/incidents/" + id).then().statusCode(204);
        assertThat(changesAfter(deletedAt)).extracting(Seen::type, Seen::operation).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("incident", "DELETE"),
                org.assertj.core.groups.Tuple.tuple("incident-status-change", "DELETE"),
                org.assertj.core.groups.Tuple.tuple("incident-status-change", "DELETE"));
    }

    @Test
    void aCentreThatMovesChangesItsStationsToo() {
        String election = createElection();
        String centre = createCentre(election, "KH-6");
        String station = createStation(centre, "1");
        String cursor = endOfFeed();

        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/polling-centres/" + centre))
                .body(Map.of("divisionId", "KH-12")).patch("/v1/polling-centres/" + centre).then().statusCode(200);

        assertThat(changesAfter(cursor))
                .contains(new Seen("polling-centre", centre, "UPDATE", "/v1/polling-centres/" + centre),
                        new Seen("polling-station", station, "UPDATE", "/v1/polling-stations/" + station));
    }
}
