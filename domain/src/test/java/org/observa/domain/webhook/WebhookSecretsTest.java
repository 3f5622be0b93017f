package org.observa.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSecretsTest {

    @Test
    void aNewSecretHasTheStandardWebhooksFormAndThirtyTwoRandomBytes() {
        String secret = WebhookSecrets.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(WebhookSecrets.keyOf(secret)).hasSize(32);
        assertThat(WebhookSecrets.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void thePreviousSecretSignsBesideTheCurrentOneUntilItsOverlapEnds() {
        Instant end = Instant.parse("2026-11-30T10:00:00Z");
        WebhookSecrets rotated = new WebhookSecrets("whsec_new", "whsec_old", end);
        assertThat(rotated.signingAt(end.minusMillis(1))).containsExactly("whsec_new", "whsec_old");
        assertThat(rotated.signingAt(end)).containsExactly("whsec_new");
        assertThat(new WebhookSecrets("whsec_only", null, null).signingAt(end)).containsExactly("whsec_only");
    }
}
