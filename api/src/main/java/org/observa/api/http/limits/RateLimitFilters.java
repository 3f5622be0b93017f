package org.observa.api.http.limits;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.observa.api.http.auth.CurrentActor;
import org.observa.api.logging.AccessLog;

/**
 * Applies {@link RateLimits} to the API (/v1): an anonymous request is counted per client address before
 * anything else; a request with a key once the caller is known, per caller. Every answer tells the
 * client where it stands (RateLimit-Policy, RateLimit).
 */
public class RateLimitFilters {

    private static final String STATE = "observa.rate-limit";

    private final RateLimits limits;
    private final CurrentActor current;

    public RateLimitFilters(RateLimits limits, CurrentActor current) {
        this.limits = limits;
        this.current = current;
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

    /**
     * After the caller is known (see WritesNeedACaller): a caller's requests count against its own quota, and
     * the access log names the caller.
     */
    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER + 100)
    public void countCaller(ContainerRequestContext request, RoutingContext context) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            return;
        }
        current.principal().ifPresent(principal -> {
            context.put(AccessLog.CALLER, principal);
            if (!limits.enabled()) {
                return;
            }
            RateLimitState state = limits.caller(principal);
            if (!state.allowed()) {
                throw new RateLimitedException(state, "This API key has made more than " + state.quota()
                        + " requests in the last minute; retry after " + state.retryAfterSeconds() + " s.");
            }
            remember(request, state);
        });
    }

    @ServerResponseFilter
    public void tell(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STATE) instanceof RateLimitState state) {
            response.getHeaders().putSingle(RateLimitState.POLICY_HEADER, state.policyHeader());
            response.getHeaders().putSingle(RateLimitState.STATE_HEADER, state.stateHeader());
        }
    }
}
