package org.observa.api.http.conditional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Strong entity tags computed from the bytes of a representation: anything that changes what a client
 * sees — including derived values — changes the tag, and two instances of the service agree on it
 * without sharing any state.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** The quoted tag of a representation, e.g. {@code "x2Yq3ZL2qYtq3nRk1bQ7aA"}. */
    public static String of(byte[] representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String of(String representation) {
        return of(representation.getBytes(StandardCharsets.UTF_8));
    }

    /** If-None-Match: weak comparison (RFC 9110 13.1.2), so W/"x" matches "x". */
    public static boolean noneMatchHits(String ifNoneMatch, String tag) {
        return listContains(ifNoneMatch, tag, true);
    }

    /** If-Match: strong comparison (RFC 9110 13.1.1); a weak tag never matches. */
    public static boolean matchHits(String ifMatch, String tag) {
        return listContains(ifMatch, tag, false);
    }

    private static boolean listContains(String header, String tag, boolean weak) {
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String value = candidate.trim();
            if (value.equals("*")) {
                return true;
            }
            if (value.startsWith("W/")) {
                if (!weak) {
                    continue;
                }
                value = value.substring(2);
            }
            if (value.equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
