package org.observa.api.operations;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observa.api.mission.MissionRequests;
import org.observa.api.support.ApiTest;

/** What a cache in front (a reverse proxy, a CDN) may keep, and for whom. */
@QuarkusTest
class CachingTest extends ApiTest {

    private static final String PUBLIC = "public, max-age=5, stale-while-revalidate=30";

    @Test
    void publicReadsMayBeKeptBrieflyAndRevalidated() {
        String etag = given().header("Authorization", "").get("/v1/divisions/KH-6").then().statusCode(200)
                .header("Cache-Control", PUBLIC)
                // A cache keeps the anonymous answer apart from a key's, which must see the key's own writes.
                .header("Vary", "Accept, Accept-Encoding, Authorization")
                .extract().header("ETag");
        given().header("Authorization", "").header("If-None-Match", etag).get("/v1/divisions/KH-6").then()
                .statusCode(304).header("Cache-Control", PUBLIC);
        given().header("Authorization", "").get("/v1/polling-stations?electionId=kh-na-2023-07-23").then()
                .statusCode(200).header("Cache-Control", PUBLIC);
    }

    @Test
    void answersToACallerWithAKeyAreForThatCallerOnly() {
        given().get("/v1/divisions/KH-6").then().statusCode(200).header("Cache-Control", "private, no-cache");
    }

    @Test
    void writesErrorsExportsTheChangeFeedAndTokensAreNeverStored() {
        given().contentType(ContentType.JSON).body(MissionRequests.organization("Not cached")).post("/v1/organizations")
                .then().statusCode(201).header("Cache-Control", "no-store");
        given().header("Authorization", "").get("/v1/divisions/KH-99").then().statusCode(404)
                .header("Cache-Control", "no-store");
        given().header("Authorization", "").queryParam("format", "csv").get("/v1/exports/divisions").then()
                .statusCode(200).header("Cache-Control", "no-store");
        given().header("Authorization", "").get("/v1/changes").then().statusCode(200).header("Cache-Control", "no-store");
        given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", MissionRequests.createOrganization(), "role", "EDITOR", "label", "cache"))
                .post("/v1/api-keys").then().statusCode(201).header("Cache-Control", "no-store");
    }
}
