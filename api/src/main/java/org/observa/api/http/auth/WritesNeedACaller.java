package org.observa.api.http.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Open reads, authenticated writes: a request that changes anything must carry an API key (or an identity
 * provider's token). Every request is authenticated here, so a key sent with a read must be usable too.
 */
public class WritesNeedACaller {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final CurrentActor current;

    public WritesNeedACaller(CurrentActor current) {
        this.current = current;
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        boolean read = READS.contains(request.getMethod());
        if (read && !hasCredentials(request)) {
            return; // an anonymous read, the most frequent request: no security machinery to run
        }
        if (current.get().isEmpty() && !read) {
            throw new AuthenticationRequiredException("Writing needs an API key in the Authorization header (Bearer).");
        }
    }

    static boolean hasCredentials(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        return authorization != null && !authorization.isBlank();
    }
}
