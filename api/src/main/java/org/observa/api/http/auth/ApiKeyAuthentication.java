package org.observa.api.http.auth;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.observa.api.http.limits.RateLimitFilters;
import org.observa.api.http.limits.RateLimitState;
import org.observa.api.http.limits.RateLimitedException;
import org.observa.api.http.limits.RateLimits;
import org.observa.domain.partner.Actor;
import org.observa.domain.partner.ApiKeyService;

/**
 * Open reads, keyed writes: a request that changes anything must carry {@code Authorization: Bearer
 * <key>}; a key sent with any request must be valid. The secret itself is never logged. A key's requests
 * count against its rate limit, and a wrong key against its sender's ({@link RateLimits}).
 */
public class ApiKeyAuthentication {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String BEARER = "Bearer ";

    private final ApiKeyService keys;
    private final CurrentActor current;
    private final RateLimits limits;

    public ApiKeyAuthentication(ApiKeyService keys, CurrentActor current, RateLimits limits) {
        this.keys = keys;
        this.current = current;
        this.limits = limits;
    }

    @ServerRequestFilter
    public void authenticate(ContainerRequestContext request, HttpServerRequest http) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            if (!READS.contains(request.getMethod())) {
                throw new AuthenticationRequiredException(
                        "Writing needs an API key in the Authorization header (Bearer).");
            }
            return;
        }
        String address = RateLimitFilters.clientAddress(http);
        if (limits.enabled()) {
            limits.authenticationBlocked(address).ifPresent(state -> {
                throw new RateLimitedException(state, "Too many requests with an unknown or revoked API key came from"
                        + " this address; retry after " + state.retryAfterSeconds() + " s.");
            });
        }
        Optional<Actor> actor = authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? keys.authenticate(authorization.substring(BEARER.length()).trim())
                : Optional.empty();
        if (actor.isEmpty()) {
            if (limits.enabled()) {
                limits.authenticationFailed(address);
            }
            throw new AuthenticationRequiredException(authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? "The API key is unknown or revoked." : "The Authorization header must be 'Bearer <API key>'.");
        }
        current.set(actor.get());
        if (limits.enabled()) {
            RateLimitState state = limits.key(actor.get().keyId());
            if (!state.allowed()) {
                throw new RateLimitedException(state, "This API key has made more than " + state.quota()
                        + " requests in the last minute; retry after " + state.retryAfterSeconds() + " s.");
            }
            RateLimitFilters.remember(request, state);
        }
    }
}
