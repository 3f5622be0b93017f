package org.observa.api.http.limits;

/**
 * Where a client stands against one rate-limit policy after a request, written as the IETF draft
 * "RateLimit header fields for HTTP" writes it: {@code RateLimit-Policy: "anonymous";q=1200;w=60} (the quota
 * q of requests per window of w seconds) and {@code RateLimit: "anonymous";r=1187;t=60} (r requests left,
 * the quota full again in t seconds).
 */
public record RateLimitState(String policy, long quota, long windowSeconds, long remaining, long resetSeconds,
                             long retryAfterSeconds, boolean allowed) {

    public static final String POLICY_HEADER = "RateLimit-Policy";
    public static final String STATE_HEADER = "RateLimit";

    public String policyHeader() {
        return "\"" + policy + "\";q=" + quota + ";w=" + windowSeconds;
    }

    public String stateHeader() {
        return "\"" + policy + "\";r=" + remaining + ";t=" + resetSeconds;
    }
}
