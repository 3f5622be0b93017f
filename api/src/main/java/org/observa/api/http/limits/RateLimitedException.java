package org.observa.api.http.limits;

/** A request over its rate limit: answered 429 with Retry-After and the RateLimit headers. */
public class RateLimitedException extends RuntimeException {

    private final transient RateLimitState state;

    public RateLimitedException(RateLimitState state, String message) {
        super(message);
        this.state = state;
    }

    public RateLimitState state() {
        return state;
    }
}
