package org.observa.api.http.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The token of an Observa API key (or the bootstrap administrator key), sent as {@code Authorization: Bearer <token>}. */
public final class ApiKeyRequest extends BaseAuthenticationRequest {

    private final String token;

    public ApiKeyRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
