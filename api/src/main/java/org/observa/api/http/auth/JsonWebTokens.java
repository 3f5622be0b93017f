package org.observa.api.http.auth;

import java.util.regex.Pattern;

/** Tells a JSON Web Token (three base64url parts joined by dots) from an Observa API key ({@code obs_…}). */
final class JsonWebTokens {

    private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    private JsonWebTokens() {
    }

    static boolean looksLikeOne(String token) {
        return token.startsWith("eyJ") && COMPACT.matcher(token).matches();
    }
}
