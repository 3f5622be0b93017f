package org.observa.api.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.observa.api.registry.RegistryFixtures.PROBLEM;
import static org.observa.api.registry.RegistryFixtures.api;
import static org.observa.api.registry.RegistryFixtures.citation;
import static org.observa.api.registry.RegistryFixtures.create;
import static org.observa.api.registry.RegistryFixtures.district;
import static org.observa.api.registry.RegistryFixtures.registered;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;

@QuarkusTest
class RegistryTrendTest extends ApiTest {

    /**
     * The "done when": Cambodia's trend from the demo data shows the API's own arithmetic — the
     * 2013→2018 change (population +1.35 M, registered voters −1.30 M), the flag on 2018, the 2023 turnout
     * of 84.6 % (84.59 at the contract's two decimals).
     */
    @Test
    void cambodiasTrendShowsTheRollCleanUpOf2018AndThe2023Turnout() {
        api().get("/v1/divisions/KH/registry-trend").then().statusCode(200)
                .body("items.referenceDate", equalTo(List.of("2013-07-28", "2018-07-29", "2022-06-05", "2023-07-23")))
                .body("items[0].change", nullValue())
                .body("items[1].change.previousReferenceDate", equalTo("2013-07-28"))
                .body("items[1].change.population.absolute", equalTo(1_350_000))
                .body("items[1].change.population.percent", comparesEqualTo(new BigDecimal("9.20")))
                .body("items[1].change.registeredVoters.absolute", equalTo(-1_300_000))
                .body("items[1].change.registeredVoters.percent", comparesEqualTo(new BigDecimal("-13.43")))
                .body("items[1].flags.code", equalTo(List.of("REGISTRY_SHRINKS_WHILE_POPULATION_GROWS")))
                .body("items[1].flags[0].severity", equalTo("WARNING"))
                .body("items[1].flags[0].message", equalTo("Registered voters fell by 1,300,000 (13.43 %) since"
                        + " 2013-07-28 while the population grew by 1,350,000 (9.20 %): a roll clean-up (double or"
                        + " dead registrations removed) or eligible voters left off the roll."))
                .body("items[3].indicators.turnout", comparesEqualTo(new BigDecimal("84.59")))
                .body("items[3].indicators.registrationRateOfVotingAgePopulation", comparesEqualTo(new BigDecimal("89.28")))
                .body("items[3].indicators.invalidShare", comparesEqualTo(new BigDecimal("5.36")))
                .body("items[3].flags", hasSize(0));
        BigDecimal turnout = api().get("/v1/divisions/KH/registry-trend").path("items[3].indicators.turnout");
        assertThat(turnout.setScale(1, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("84.6");
    }

    @Test
    void aTrendIsInDateOrderAndPagedLikeEveryList() {
        String division = district();
        List<String> expected = List.of(
                create(registered(division, "2013-07-28", citation(), 1_000)),
                create(registered(division, "2018-07-29", citation(), 1_100)),
                create(registered(division, "2022-06-05", citation(), 1_200)));
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            var request = given().queryParam("pageSize", 2);
            if (token != null) {
                request.queryParam("pageToken", token);
            }
            Response page = request.get("/v1/divisions/" + division + "/registry-trend").then().statusCode(200)
                    .extract().response();
            seen.addAll(page.path("items.id"));
            token = page.path("nextPageToken");
        } while (token != null);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void aDivisionWithoutSnapshotsHasAnEmptyTrend() {
        given().get("/v1/divisions/" + district() + "/registry-trend").then().statusCode(200)
                .body("items", hasSize(0)).body("nextPageToken", nullValue());
    }

    @Test
    void theTrendOfAnUnknownDivisionIs404() {
        given().get("/v1/divisions/KH-99/registry-trend").then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("/problems/not-found"))
                .body("detail", equalTo("There is no division 'KH-99'."));
    }

    @Test
    void aForgedPageTokenIsRefused() {
        given().queryParam("pageToken", "bm90LWEtdG9rZW4").get("/v1/divisions/KH/registry-trend").then()
                .statusCode(400).body("errors.field", equalTo(List.of("pageToken")));
    }
}
