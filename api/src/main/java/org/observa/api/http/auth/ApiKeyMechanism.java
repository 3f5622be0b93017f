package org.observa.api.http.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.observa.api.http.limits.RateLimitFilters;
import org.observa.api.http.limits.RateLimitedException;
import org.observa.api.http.limits.RateLimits;

/**
 * Observa API keys as a Quarkus Security mechanism: {@code Authorization: Bearer <key>}. No header, no
 * identity (reads are open); a header that is not a usable key fails the request, whatever its method. When
 * organisations' identity providers are configured (observa.oidc.enabled), a bearer token that is a JSON Web
 * Token is left to the OpenID Connect mechanism. Wrong keys count against their sender's rate limit ({@link RateLimits}).
 */
@ApplicationScoped
public class ApiKeyMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";
    static final String CHALLENGE = "Bearer realm=\"observa\"";

    private final RateLimits limits;
    private final boolean identityProviders;

    public ApiKeyMechanism(RateLimits limits, IdentityProviderClaims.Mapping identityProviders) {
        this.limits = limits;
        this.identityProviders = identityProviders.enabled();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        String address = RateLimitFilters.clientAddress(context.request());
        if (limits.enabled()) {
            var blocked = limits.authenticationBlocked(address);
            if (blocked.isPresent()) {
                return Uni.createFrom().failure(new RateLimitedException(blocked.get(), "Too many requests with an"
                        + " unknown or revoked API key came from this address; retry after "
                        + blocked.get().retryAfterSeconds() + " s."));
            }
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return failed(address, "The Authorization header must be 'Bearer <API key>'.");
        }
        String token = authorization.substring(BEARER.length()).trim();
        if (identityProviders && JsonWebTokens.looksLikeOne(token)) {
            return Uni.createFrom().nullItem(); // for quarkus-oidc
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new ApiKeyRequest(token), context))
                .onFailure(AuthenticationFailedException.class).invoke(() -> countFailure(address));
    }

    private Uni<SecurityIdentity> failed(String address, String message) {
        countFailure(address);
        return Uni.createFrom().failure(new AuthenticationFailedException(message));
    }

    private void countFailure(String address) {
        if (limits.enabled()) {
            limits.authenticationFailed(address);
        }
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }

    /** Before the OpenID Connect mechanism, which would take every bearer token for a JSON Web Token. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }
}
