package org.observa.api.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Countries that exist only for a test, under the user-assigned ISO codes XA–XZ. */
public final class TestCountries {

    private TestCountries() {
    }

    public static String create() {
        for (int attempt = 0; attempt < 26; attempt++) {
            String code = "X" + (char) ('A' + ThreadLocalRandom.current().nextInt(26));
            int status = given().contentType(ContentType.JSON)
                    .body(Map.of("id", code, "level", "COUNTRY", "name", Map.of("en", "Testland " + code)))
                    .post("/v1/divisions").statusCode();
            if (status == 201) {
                return code;
            }
        }
        throw new IllegalStateException("No free test country code left");
    }
}
