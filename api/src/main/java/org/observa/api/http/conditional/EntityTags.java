package org.observa.api.http.conditional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.observa.domain.shared.ValidationException;

/**
 * Strong entity tags computed from the bytes of a representation: anything that changes what a client
 * sees — including derived values — changes the tag, and two instances of the service agree on it
 * without sharing any state.
 */
public final class EntityTags {

    // RFC 9110 8.8.3: [ W/ ] DQUOTE *etagc DQUOTE, where etagc is any visible character but DQUOTE, or obs-text.
    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\"");

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

    /** If-None-Match: weak comparison (RFC 9110 13.1.2), so W/"x" matches "x"; a malformed header matches nothing. */
    public static boolean noneMatchHits(String ifNoneMatch, String tag) {
        Optional<List<String>> tags = parse(ifNoneMatch);
        return tags.isPresent() && (tags.get().isEmpty() || tags.get().stream().anyMatch(t -> opaque(t).equals(tag)));
    }

    /**
     * If-Match: strong comparison (RFC 9110 13.1.1), so a weak tag never matches. {@code *} matches any current
     * version, but only alone: a header that is neither {@code *} nor a list of entity tags is a 400, since
     * guessing what it meant could overwrite someone's change.
     */
    public static boolean matchHits(String ifMatch, String tag) {
        List<String> tags = parse(ifMatch).orElseThrow(() -> ValidationException.of("If-Match",
                "must be * alone or a list of entity tags such as \"x2Yq3ZL2qYtq3nRk1bQ7aA\" (quotes included)"));
        return tags.isEmpty() || tags.stream().anyMatch(t -> !t.startsWith("W/") && t.equals(tag));
    }

    /**
     * The entity tags of an If-Match or If-None-Match header ({@code "*" / #entity-tag}, RFC 9110): an empty
     * list for {@code *}; empty when the header is malformed.
     */
    private static Optional<List<String>> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.trim();
        if (value.equals("*")) {
            return Optional.of(List.of());
        }
        List<String> tags = new ArrayList<>();
        for (String member : value.split(",", -1)) {
            String candidate = member.trim();
            if (candidate.isEmpty()) {
                continue; // the list syntax allows empty elements
            }
            if (!ENTITY_TAG.matcher(candidate).matches()) {
                return Optional.empty();
            }
            tags.add(candidate);
        }
        return tags.isEmpty() ? Optional.empty() : Optional.of(tags);
    }

    private static String opaque(String entityTag) {
        return entityTag.startsWith("W/") ? entityTag.substring(2) : entityTag;
    }
}
