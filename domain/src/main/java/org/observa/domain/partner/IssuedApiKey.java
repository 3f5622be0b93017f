package org.observa.domain.partner;

/** A new key with its secret token: the only moment the token exists outside its holder's hands. */
public record IssuedApiKey(ApiKey key, String token) {
}
