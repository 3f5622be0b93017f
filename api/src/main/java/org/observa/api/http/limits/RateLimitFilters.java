package org.observa.api.http.limits;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Applies {@link RateLimits} to the API (/v1): an anonymous request is counted per client address before
 * anything else; a keyed one is counted by the authentication, once the key is known. Every answer tells the
 * client where it stands (RateLimit-Policy, RateLimit).
 */
public class RateLimitFilters {

    private static final String STATE = "observa.rate-limit";

    private final RateLimits limits;

    public RateLimitFilters(RateLimits limits) {
        this.limits = limits;
    }

    /** The address rate limits count a client by: the forwarded one when a trusted proxy sent it (quarkus.http.proxy). */
    public static String clientAddress(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }

    /** Notes the state of a request that was counted, for the headers of its answer. */
    public static void remember(ContainerRequestContext request, RateLimitState state) {
        request.setProperty(STATE, state);
    }

    @ServerRequestFilter(preMatching = true)
    public void countAnonymous(ContainerRequestContext request, HttpServerRequest http) {
        if (!limits.enabled() || !request.getUriInfo().getPath().startsWith("/v1")
                || HttpMethod.OPTIONS.equals(request.getMethod())) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.isBlank()) {
            return; // counted per key once the key is known
        }
        RateLimitState state = limits.anonymous(clientAddress(http));
        if (!state.allowed()) {
            throw new RateLimitedException(state, "This address has made more than " + state.quota()
                    + " requests without an API key in the last minute; retry after " + state.retryAfterSeconds() + " s.");
        }
        remember(request, state);
    }

    @ServerResponseFilter
    public void tell(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STATE) instanceof RateLimitState state) {
            response.getHeaders().putSingle(RateLimitState.POLICY_HEADER, state.policyHeader());
            response.getHeaders().putSingle(RateLimitState.STATE_HEADER, state.stateHeader());
        }
    }
}
