package org.observa.api.http.paging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.observa.domain.shared.ValidationException;

/**
 * Opaque page tokens: the keyset position to continue after, bound to the filters of the list that issued
 * it (their fingerprint travels in the token), so a token replayed with other filters is refused instead
 * of silently skipping or repeating items.
 */
final class PageTokens {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    PageTokens(ObjectMapper json) {
        this.json = json;
    }

    String encode(List<String> position, String filterFingerprint) {
        List<String> parts = new ArrayList<>(position.size() + 1);
        parts.add(filterFingerprint);
        parts.addAll(position);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(parts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A page token could not be written", e);
        }
    }

    List<String> decode(String token, String filterFingerprint) {
        List<String> parts;
        try {
            parts = json.readValue(Base64.getUrlDecoder().decode(token.getBytes(StandardCharsets.US_ASCII)), STRINGS);
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw ValidationException.of("pageToken", "is not a page token issued by this API; pass nextPageToken back unchanged");
        }
        if (parts == null || parts.size() < 2 || parts.contains(null)) {
            throw ValidationException.of("pageToken", "is not a page token issued by this API; pass nextPageToken back unchanged");
        }
        if (!parts.get(0).equals(filterFingerprint)) {
            throw ValidationException.of("pageToken", "was issued for other filters; repeat the filters of the first page or start again without pageToken");
        }
        return parts.subList(1, parts.size());
    }
}
