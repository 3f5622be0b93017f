package org.observa.api.http.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observa.api.mission.MissionRequests;
import org.observa.api.support.ApiTest;

/**
 * An organisation signs its people in with its own identity provider: a bearer token from a configured issuer
 * writes that organisation's records, as an EDITOR key of it would. The tokens are signed by the test with a
 * key whose public half is the issuer's configured key, so no identity provider has to run.
 */
@QuarkusTest
@TestProfile(IdentityProviderTokensTest.PartnerIssuer.class)
class IdentityProviderTokensTest extends ApiTest {

    static final String ISSUER = "https://idp.partner.example/realms/observers";
    static final KeyPair ISSUER_KEYS = keys();

    public static class PartnerIssuer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(ISSUER_KEYS.getPublic().getEncoded()),
                    "quarkus.oidc.token.issuer", ISSUER,
                    "observa.oidc.enabled", "true");
        }
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String issuer, Map<String, Object> claims, Instant expiresAt) {
        var token = Jwt.issuer(issuer).subject("observer-" + System.nanoTime()).expiresAt(expiresAt)
                .issuedAt(expiresAt.minusSeconds(600));
        claims.forEach(token::claim);
        return token.sign(ISSUER_KEYS.getPrivate());
    }

    private static String tokenOf(String organization) {
        return token(ISSUER, Map.of("observa_organization", organization), Instant.now().plusSeconds(300));
    }

    @Test
    void aTokenWithTheOrganisationClaimWritesThatOrganisationsRecordsOnly() {
        String ours = MissionRequests.createOrganization();
        String theirs = MissionRequests.createOrganization();
        String token = tokenOf(ours);

        String mission = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(MissionRequests.mission(ours)).post("/v1/missions").then().statusCode(201).extract().path("id");
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(MissionRequests.engagement("2023-07-14", null)).post("/v1/missions/" + mission + "/engagements")
                .then().statusCode(201);

        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(MissionRequests.mission(theirs)).post("/v1/missions").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void anExpiredTokenIsA401Problem() {
        String expired = token(ISSUER, Map.of("observa_organization", MissionRequests.createOrganization()),
                Instant.now().minusSeconds(3600));
        given().header("Authorization", "Bearer " + expired).get("/v1/divisions/KH-6").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("/problems/unauthorized"))
                .header("WWW-Authenticate", "Bearer realm=\"observa\"");
    }

    @Test
    void aTokenOfAnIssuerThatIsNotConfiguredIsA401Problem() {
        String foreign = token("https://idp.elsewhere.example", Map.of("observa_organization",
                MissionRequests.createOrganization()), Instant.now().plusSeconds(300));
        given().header("Authorization", "Bearer " + foreign).contentType(ContentType.JSON)
                .body(MissionRequests.organization("Not ours")).post("/v1/organizations").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void aTokenWithoutTheOrganisationClaimMayWriteNoOrganisationsRecords() {
        String anonymousOrganisation = token(ISSUER, Map.of(), Instant.now().plusSeconds(300));
        given().header("Authorization", "Bearer " + anonymousOrganisation).contentType(ContentType.JSON)
                .body(MissionRequests.mission(MissionRequests.createOrganization())).post("/v1/missions").then()
                .statusCode(403).contentType("application/problem+json").body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void apiKeysKeepWorkingBesideTheIdentityProvider() {
        given().header("Authorization", "Bearer " + ADMIN_KEY).contentType(ContentType.JSON)
                .body(MissionRequests.organization("Still by key")).post("/v1/organizations").then().statusCode(201);
        given().header("Authorization", "Bearer obs_not_a_key").get("/v1/divisions/KH-6").then().statusCode(401);
    }
}
