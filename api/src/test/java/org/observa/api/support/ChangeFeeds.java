package org.observa.api.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;

/** The change feed as the tests follow it. */
public final class ChangeFeeds {

    private ChangeFeeds() {
    }

    /** The cursor at the current end of the feed: changes made after this call come after it. */
    public static String endOfFeed() {
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
}
