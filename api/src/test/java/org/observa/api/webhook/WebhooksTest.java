package org.observa.api.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observa.api.mission.MissionRequests;
import org.observa.api.support.ApiTest;
import org.observa.api.support.ChangeFeeds;
import org.observa.api.support.Ids;

/** Subscriptions as partners manage them: who may see and change one, what is checked, what is shown once. */
@QuarkusTest
class WebhooksTest extends ApiTest {

    @org.junit.jupiter.api.AfterEach
    void deleteSubscriptions() {
        List<String> ids = given().get("/v1/webhooks?pageSize=500").then().statusCode(200).extract().path("items.id");
        ids.forEach(id -> given().header("If-Match", "*").delete("/v1/webhooks/" + id));
    }

    /** Nothing listens there: these subscriptions are not about deliveries, and are deleted after each test. */
    private static final String RECEIVER = "http://127.0.0.1:9/hooks";

    @Test
    void anEditorSubscribesForItsOwnOrganisationAndSeesTheSecretOnlyOnce() {
        String organization = MissionRequests.createOrganization();
        String editor = issueKey(organization, "EDITOR");
        String cursor = ChangeFeeds.endOfFeed();

        String id = as(editor).contentType(ContentType.JSON)
                .body(Map.of("url", RECEIVER, "description", "Our dashboard", "types", List.of("incident", "mission"),
                        "operations", List.of("CREATE"), "electionId", "kh-na-2023-07-23"))
                .post("/v1/webhooks").then().statusCode(201)
                .header("Cache-Control", "no-store")
                .body("organizationId", equalTo(organization))
                .body("status", equalTo("ACTIVE"))
                .body("types", equalTo(List.of("incident", "mission")))
                .body("secret", org.hamcrest.Matchers.startsWith("whsec_"))
                .extract().path("id");

        as(editor).get("/v1/webhooks/" + id).then().statusCode(200)
                .body("secret", nullValue())
                .body("operations", equalTo(List.of("CREATE")))
                .body("electionId", equalTo("kh-na-2023-07-23"));
        as(editor).get("/v1/webhooks").then().statusCode(200).body("items.id", hasItem(id));
        given().get("/v1/changes?after=" + cursor + "&pageSize=500").then().statusCode(200)
                .body("items.findAll { it.type == 'webhook' }.id", hasItem(id))
                .body("items.findAll { it.type == 'webhook' }.link", hasItem("/v1/webhooks/" + id));
    }

    @Test
    void anotherOrganisationsKeyCanNeitherSeeNorChangeASubscription() {
        String owner = MissionRequests.createOrganization();
        String other = issueKey(MissionRequests.createOrganization(), "EDITOR");
        String id = given().contentType(ContentType.JSON).body(Map.of("url", RECEIVER, "organizationId", owner))
                .post("/v1/webhooks").then().statusCode(201).extract().path("id");
        String path = "/v1/webhooks/" + id;

        as(other).get(path).then().statusCode(403);
        as(other).get("/v1/webhooks").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(other).queryParam("organizationId", owner).get("/v1/webhooks").then().statusCode(403);
        as(other).get(path + "/deliveries").then().statusCode(403);
        as(other).post(path + "/pings").then().statusCode(403);
        as(other).contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("status", "PAUSED")).patch(path).then().statusCode(403);
        as(other).contentType(ContentType.JSON).header("If-Match", "*").body(Map.of())
                .post(path + "/secret-rotations").then().statusCode(403);
        as(other).header("If-Match", "*").delete(path).then().statusCode(403);
        as(other).contentType(ContentType.JSON).body(Map.of("url", RECEIVER, "organizationId", owner))
                .post("/v1/webhooks").then().statusCode(403);
        given().header("Authorization", "").get(path).then().statusCode(401);
        given().get(path).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aBadSubscriptionIsRefusedNamingEveryBadField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://files.partner.example/in", "description", " ",
                        "organizationId", MissionRequests.createOrganization(), "electionId", "no-such-election",
                        "missionId", "00000000-0000-4000-8000-000000000000"))
                .post("/v1/webhooks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("url", "description", "electionId",
                        "missionId"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://user:password@hooks.partner.example/",
                        "organizationId", MissionRequests.createOrganization()))
                .post("/v1/webhooks").then().statusCode(400).body("errors[0].field", equalTo("url"));
        given().contentType(ContentType.JSON).body(Map.of("url", RECEIVER, "types", List.of("mission", "secrets"),
                        "organizationId", MissionRequests.createOrganization()))
                .post("/v1/webhooks").then().statusCode(400).body("errors[0].field", equalTo("types[1]"));
        given().contentType(ContentType.JSON).body(Map.of("url", RECEIVER))
                .post("/v1/webhooks").then().statusCode(400).body("errors[0].field", equalTo("organizationId"));
    }

    @Test
    void pausingKeepsTheSubscriptionAndAPatchCannotMoveItToAnotherOrganisation() {
        String organization = MissionRequests.createOrganization();
        String id = given().contentType(ContentType.JSON).body(Map.of("url", RECEIVER, "organizationId", organization))
                .post("/v1/webhooks").then().statusCode(201).extract().path("id");
        String path = "/v1/webhooks/" + id;

        given().contentType("application/merge-patch+json").body(Map.of("status", "PAUSED")).patch(path).then()
                .statusCode(428);
        given().contentType("application/merge-patch+json").header("If-Match", "\"stale\"")
                .body(Map.of("status", "PAUSED")).patch(path).then().statusCode(412);
        given().contentType("application/merge-patch+json").header("If-Match", MissionRequests.etagOf(path))
                .body(Map.of("status", "PAUSED", "description", "Paused for the night")).patch(path).then()
                .statusCode(200).body("status", equalTo("PAUSED"))
                .body("pausedReason", equalTo("Paused by its owner."))
                .body("pausedAt", not(nullValue()));
        given().contentType("application/merge-patch+json").header("If-Match", MissionRequests.etagOf(path))
                .body(Map.of("organizationId", MissionRequests.createOrganization())).patch(path).then()
                .statusCode(400).body("errors[0].field", equalTo("organizationId"));
        given().header("If-Match", MissionRequests.etagOf(path)).delete(path).then().statusCode(204);
        given().get(path).then().statusCode(404);
    }

    @Test
    void aRotationNeedsTheCurrentVersionAndAnOverlapOfAtMostSevenDays() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("url", RECEIVER, "organizationId", MissionRequests.createOrganization()))
                .post("/v1/webhooks").then().statusCode(201).extract().path("id");
        String path = "/v1/webhooks/" + id;
        given().contentType(ContentType.JSON).body(Map.of()).post(path + "/secret-rotations").then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", MissionRequests.etagOf(path))
                .body(Map.of("overlapSeconds", 604801)).post(path + "/secret-rotations").then().statusCode(400)
                .body("errors[0].field", equalTo("overlapSeconds"));
        String secret = given().contentType(ContentType.JSON).header("If-Match", MissionRequests.etagOf(path))
                .body(Map.of("overlapSeconds", 0)).post(path + "/secret-rotations").then().statusCode(200)
                .body("previousSecretExpiresAt", nullValue()).extract().path("secret");
        assertThat(secret).startsWith("whsec_");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static String issueKey(String organizationId, String role) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", organizationId, "role", role, "label", "webhook key " + Ids.segment()))
                .post("/v1/api-keys").then().statusCode(201).extract().path("token");
    }
}
