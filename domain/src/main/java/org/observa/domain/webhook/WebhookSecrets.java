package org.observa.domain.webhook;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A subscription's signing secrets: the current one and, during a rotation, the previous one until it
 * expires. Secrets have the Standard Webhooks form {@code whsec_<base64 of 32 random bytes>}, which the
 * specification's libraries take as they are.
 */
public record WebhookSecrets(String current, String previous, Instant previousExpiresAt) {

    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The secrets that sign a message sent at {@code now}: the current one first. */
    public List<String> signingAt(Instant now) {
        List<String> signing = new ArrayList<>(List.of(current));
        if (previous != null && previousExpiresAt != null && now.isBefore(previousExpiresAt)) {
            signing.add(previous);
        }
        return signing;
    }

    /** The key bytes of a secret: the base64 text after the prefix. */
    public static byte[] keyOf(String secret) {
        return Base64.getDecoder().decode(secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret);
    }
}
