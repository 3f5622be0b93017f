package org.observa.api.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

@QuarkusTest
class DemoDataLoaderTest extends ApiTest {

    @Inject
    DemoDataLoader loader;

    private static List<String> divisionsOfCambodia() {
        return given().queryParam("countryId", "KH").queryParam("pageSize", 500).get("/v1/divisions").then()
                .statusCode(200).extract().path("items.id");
    }

    @Test
    void aRestartAddsNothingTwiceAndBringsNothingDeletedBack() {
        String etag = given().get("/v1/elections/kh-na-2018-07-29").header("ETag");
        List<String> before = divisionsOfCambodia();

        loader.onStart(null);

        assertThat(divisionsOfCambodia()).isEqualTo(before);
        given().get("/v1/elections/kh-na-2018-07-29").then().statusCode(200).header("ETag", etag);
    }
}
