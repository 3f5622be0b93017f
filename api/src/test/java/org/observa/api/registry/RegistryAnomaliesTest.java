package org.observa.api.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.observa.api.registry.RegistryFixtures.PROBLEM;
import static org.observa.api.registry.RegistryFixtures.citation;
import static org.observa.api.registry.RegistryFixtures.create;
import static org.observa.api.registry.RegistryFixtures.path;
import static org.observa.api.registry.RegistryFixtures.province;
import static org.observa.api.registry.RegistryFixtures.registered;
import static org.observa.api.registry.RegistryFixtures.snapshot;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;
import org.observa.api.support.TestCountries;

@QuarkusTest
class RegistryAnomaliesTest extends ApiTest {

    private static Map<String, Object> figures(String divisionId, String date, String source, Map<String, Long> counts) {
        Map<String, Object> body = snapshot(divisionId, date, source);
        body.putAll(counts);
        return body;
    }

    @Test
    void cambodias2018SnapshotIsFlagged() {
        given().queryParam("countryId", "KH").queryParam("pageSize", 500).get("/v1/registry-anomalies").then()
                .statusCode(200)
                .body("items.id", hasItem("069b98c9-2d71-4949-9dfa-79bb3a435689"))
                .body("items.find { it.id == '069b98c9-2d71-4949-9dfa-79bb3a435689' }.flags.code",
                        equalTo(List.of("REGISTRY_SHRINKS_WHILE_POPULATION_GROWS")));
    }

    @Test
    void everyFlaggedSnapshotOfACountryComesMostSevereThenMostRecentFirst() {
        String country = TestCountries.create();
        String province = province(country, 1);
        String source = citation();
        // The province's figures come from elsewhere, so they are not summed against the country's.
        String provincialSource = citation();
        create(figures(country, "2013-07-28", source, Map.of("population", 14_680_000L, "registeredVoters", 9_680_000L)));
        String shrinking = create(figures(country, "2018-07-29", source,
                Map.of("population", 16_030_000L, "registeredVoters", 8_380_000L)));
        String growing = create(registered(country, "2019-07-29", source, 9_300_000));
        String swollen = create(figures(province, "2018-07-29", provincialSource,
                Map.of("votingAgePopulation", 100L, "registeredVoters", 101L)));
        String overTurnout = create(figures(province, "2023-07-23", provincialSource,
                Map.of("registeredVoters", 100L, "ballotsCast", 101L)));
        String unaccounted = create(figures(province, "2022-06-05", provincialSource,
                Map.of("ballotsCast", 100L, "validBallots", 90L, "invalidBallots", 5L)));
        create(figures(province, "2024-01-01", provincialSource,
                Map.of("ballotsCast", 100L, "validBallots", 95L, "invalidBallots", 5L)));

        List<String> seen = new ArrayList<>();
        List<List<String>> codes = new ArrayList<>();
        String token = null;
        do {
            var request = given().queryParam("countryId", country).queryParam("pageSize", 2);
            if (token != null) {
                request.queryParam("pageToken", token);
            }
            Response page = request.get("/v1/registry-anomalies").then().statusCode(200).extract().response();
            seen.addAll(page.path("items.id"));
            codes.addAll(page.path("items.flags.code"));
            token = page.path("nextPageToken");
        } while (token != null);

        assertThat(seen).containsExactly(overTurnout, swollen, unaccounted, growing, shrinking);
        assertThat(codes).containsExactly(
                List.of("BALLOTS_EXCEED_REGISTERED"),
                List.of("REGISTERED_EXCEEDS_VOTING_AGE_POPULATION"),
                List.of("UNACCOUNTED_BALLOTS"),
                List.of("SUDDEN_REGISTRY_GROWTH"),
                List.of("REGISTRY_SHRINKS_WHILE_POPULATION_GROWS"));
    }

    @Test
    void aCountryIsFlaggedWhenAllItsProvincesFromTheSameSourceDoNotAddUp() {
        String country = TestCountries.create();
        String first = province(country, 1);
        String second = province(country, 2);
        String source = citation();
        String national = create(registered(country, "2023-07-23", source, 9_710_655));
        create(registered(first, "2023-07-23", source, 5_000_000));
        given().get(path(national)).then().statusCode(200).body("flags", hasSize(0));

        create(registered(second, "2023-07-23", source, 4_600_000));

        given().get(path(national)).then().statusCode(200)
                .body("flags.code", equalTo(List.of("PROVINCES_DO_NOT_SUM_TO_COUNTRY")))
                .body("flags[0].severity", equalTo("INFO"))
                .body("flags[0].message", startsWith("The snapshots of all 2 provinces on 2023-07-23 from the same"
                        + " source add up to other figures than the country's, beyond the 1 % tolerance: 9,600,000"
                        + " registered voters against the country's 9,710,655"));
        given().queryParam("countryId", country).get("/v1/registry-anomalies").then().statusCode(200)
                .body("items.id", equalTo(List.of(national)));
    }

    @Test
    void aCountryWithoutSnapshotsHasNoAnomalies() {
        given().queryParam("countryId", "ZZ").get("/v1/registry-anomalies").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void theCountryIsRequired() {
        given().get("/v1/registry-anomalies").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", equalTo(List.of("countryId")));
    }
}
