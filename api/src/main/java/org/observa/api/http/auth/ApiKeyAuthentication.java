package org.observa.api.http.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.observa.domain.partner.ApiKeyService;

/**
 * Open reads, keyed writes: a request that changes anything must carry {@code Authorization: Bearer
 * <key>}; a key sent with any request must be valid. The secret itself is never logged.
 */
public class ApiKeyAuthentication {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String BEARER = "Bearer ";

    private final ApiKeyService keys;
    private final CurrentActor current;

    public ApiKeyAuthentication(ApiKeyService keys, CurrentActor current) {
        this.keys = keys;
        this.current = current;
    }

    @ServerRequestFilter
    public void authenticate(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            if (!READS.contains(request.getMethod())) {
                throw new AuthenticationRequiredException(
                        "Writing needs an API key in the Authorization header (Bearer).");
            }
            return;
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new AuthenticationRequiredException("The Authorization header must be 'Bearer <API key>'.");
        }
        current.set(keys.authenticate(authorization.substring(BEARER.length()).trim())
                .orElseThrow(() -> new AuthenticationRequiredException("The API key is unknown or revoked.")));
    }
}
