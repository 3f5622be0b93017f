package org.observa.domain.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The shape of key tokens: {@code obs_<key id>_<secret>}. The id finds the stored hash; the secret is 256
 * random bits, so a plain SHA-256 of it is as safe to keep as a slow password hash, and cheap to check
 * on every write. Hashes are compared in constant time.
 */
public final class ApiKeyTokens {

    private static final Pattern SHAPE = Pattern.compile("^obs_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token split into the key it names and its secret. */
    public record Parsed(UUID keyId, String secret) {
    }

    private ApiKeyTokens() {
    }

    public static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public static String token(UUID keyId, String secret) {
        return "obs_" + keyId.toString().replace("-", "") + "_" + secret;
    }

    public static Optional<Parsed> parse(String token) {
        var matcher = SHAPE.matcher(token);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String hex = matcher.group(1);
        UUID id = new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
        return Optional.of(new Parsed(id, matcher.group(2)));
    }

    public static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Equal hashes, compared in time that does not depend on where they differ. */
    public static boolean sameHash(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
