package org.observa.api.http.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.observa.domain.partner.ApiKeyService;

/**
 * Turns an API key's token into a security identity: the domain checks the token (in constant time, against
 * the stored hash; a revoked key fails at once), on a worker thread since that reads the database.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

    static final String UNKNOWN_KEY = "The API key is unknown or revoked.";

    private final ApiKeyService keys;

    public ApiKeyIdentityProvider(ApiKeyService keys) {
        this.keys = keys;
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> keys.authenticate(request.token()).map(Identities::of)
                .orElseThrow(() -> new AuthenticationFailedException(UNKNOWN_KEY)));
    }
}
