package org.observa.api.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observa.api.mission.MissionRequests;
import org.observa.api.support.ApiTest;
import org.observa.api.support.WebhookReceiver;

/**
 * With private targets not allowed (the default outside the tests), a subscription cannot be pointed into the
 * service's own network: not when it is written, and not through a name that resolves there.
 */
@QuarkusTest
@TestProfile(WebhookTargetsTest.PrivateTargetsRefused.class)
class WebhookTargetsTest extends ApiTest {

    public static class PrivateTargetsRefused implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Plain http stays allowed here so that the refusals below are the address rule's, not https's.
            return Map.of("observa.webhooks.allow-private-targets", "false", "observa.webhooks.require-https", "false");
        }
    }

    @Test
    void metadataAndPrivateAddressesAreRefusedNamingTheSetting() {
        String organization = MissionRequests.createOrganization();
        for (String url : List.of("http://169.254.169.254/", "http://10.0.0.1/", "http://127.0.0.1:8080/v1/",
                "http://[::1]/", "http://localhost/")) {
            given().contentType(ContentType.JSON).body(Map.of("url", url, "organizationId", organization))
                    .post("/v1/webhooks").then().statusCode(400)
                    .body("errors[0].field", equalTo("url"))
                    .body("errors[0].message", containsString("observa.webhooks.allow-private-targets"));
        }
    }

    @Test
    void aNameThatResolvesIntoTheServicesNetworkIsNotCalled() throws Exception {
        String host = InetAddress.getLocalHost().getHostName();
        assertThat(InetAddress.getAllByName(host)).as("this machine's name resolves to its own addresses")
                .allSatisfy(address -> assertThat(PrivateTargetGuard.isInternal(address)).isTrue());
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String url = receiver.url().replace("127.0.0.1", host);
            String id = given().contentType(ContentType.JSON)
                    .body(Map.of("url", url, "organizationId", MissionRequests.createOrganization()))
                    .post("/v1/webhooks").then().statusCode(201).extract().path("id");
            String location = given().post("/v1/webhooks/" + id + "/pings").then().statusCode(201).extract()
                    .header("Location");

            long deadline = System.nanoTime() + 30_000_000_000L;
            String status = "PENDING";
            while ("PENDING".equals(status) && System.nanoTime() < deadline) {
                Thread.sleep(50);
                status = given().get(location).then().statusCode(200).extract().path("status");
            }
            assertThat(status).isEqualTo("FAILED");
            given().get(location).then().body("attempts[0].statusCode", org.hamcrest.Matchers.nullValue())
                    .body("attempts[0].error", containsString("service's own network"));
            assertThat(receiver.received()).isEmpty();
            given().header("If-Match", "*").delete("/v1/webhooks/" + id).then().statusCode(204);
        }
    }
}
