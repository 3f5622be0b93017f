package org.observa.domain.partner;

/** A valid key that may not make this change. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
