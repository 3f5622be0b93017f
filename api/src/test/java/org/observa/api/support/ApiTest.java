package org.observa.api.support;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import org.junit.jupiter.api.BeforeEach;

/** Base of every HTTP test: each exchange is validated against the contract. */
public abstract class ApiTest {

    private static final ContractValidationFilter CONTRACT = new ContractValidationFilter();

    @BeforeEach
    void validateAgainstContract() {
        if (!RestAssured.filters().contains(CONTRACT)) {
            RestAssured.filters(CONTRACT);
        }
        // JSON is UTF-8 (RFC 8259), merge patches included; RestAssured would send those as ISO-8859-1.
        RestAssured.config = RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .defaultCharsetForContentType("UTF-8", "application/merge-patch+json"));
    }
}
