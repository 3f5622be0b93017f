package org.observa.api.support;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HeaderConfig;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of every HTTP test: each exchange is validated against the contract, and carries the bootstrap
 * administrator's key unless a test says otherwise (see {@code AccessTest} for writes without it).
 */
public abstract class ApiTest {

    /** The bootstrap administrator key of the test profile (application.properties). */
    public static final String ADMIN_KEY = "test-bootstrap-administrator-key-of-the-suite";

    private static final ContractValidationFilter CONTRACT = new ContractValidationFilter();

    @BeforeEach
    void validateAgainstContract() {
        if (!RestAssured.filters().contains(CONTRACT)) {
            RestAssured.filters(CONTRACT);
        }
        // JSON is UTF-8 (RFC 8259), merge patches included; RestAssured would send those as ISO-8859-1.
        RestAssured.config = RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .defaultCharsetForContentType("UTF-8", "application/merge-patch+json"))
                // A test's own Authorization header replaces the default one instead of joining it.
                .headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("Authorization", "Content-Type", "Accept"));
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + ADMIN_KEY).build();
    }
}
