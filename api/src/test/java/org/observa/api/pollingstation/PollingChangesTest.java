package org.observa.api.pollingstation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.observa.api.pollingstation.PollingRequests.MERGE_PATCH;
import static org.observa.api.pollingstation.PollingRequests.createCentre;
import static org.observa.api.pollingstation.PollingRequests.createElection;
import static org.observa.api.pollingstation.PollingRequests.createMission;
import static org.observa.api.pollingstation.PollingRequests.createStation;
import static org.observa.api.pollingstation.PollingRequests.createVisit;
import static org.observa.api.pollingstation.PollingRequests.etagOf;
import static org.observa.api.pollingstation.PollingRequests.pollingDayOf;
import static org.observa.api.pollingstation.PollingRequests.visit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

/** Every write of centres, stations and visits is in the change feed, with the resource's link. */
@QuarkusTest
class PollingChangesTest extends ApiTest {

    private record Seen(String type, String id, String operation, String link) {
    }

    private static String endOfFeed() {
        String cursor = null;
        while (true) {
            var request = given().queryParam("pageSize", 500);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            Response page = request.get("/v1/changes").then().statusCode(200).extract().response();
            cursor = page.path("cursor");
            if (page.jsonPath().getList("items").isEmpty()) {
                return cursor;
            }
        }
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
