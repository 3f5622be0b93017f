package org.observa.api.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.observa.domain.webhook.WebhookSecrets;

/**
 * The {@code webhook-signature} header of the Standard Webhooks specification: {@code v1,} and the base64
 * HMAC-SHA256 of {@code <webhook-id>.<webhook-timestamp>.<body>}, keyed by the secret's bytes; one per signing
 * secret, separated by spaces (two during a secret rotation).
 */
public final class StandardWebhookSignature {

    private StandardWebhookSignature() {
    }

    public static String header(List<String> secrets, String messageId, long timestamp, byte[] body) {
        return secrets.stream().map(secret -> "v1," + sign(secret, messageId, timestamp, body))
                .collect(Collectors.joining(" "));
    }

    public static String sign(String secret, String messageId, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(WebhookSecrets.keyOf(secret), "HmacSHA256"));
            mac.update((messageId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
