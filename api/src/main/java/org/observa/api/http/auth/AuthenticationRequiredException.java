package org.observa.api.http.auth;

/** A write without a usable API key. */
public class AuthenticationRequiredException extends RuntimeException {

    public AuthenticationRequiredException(String message) {
        super(message);
    }
}
