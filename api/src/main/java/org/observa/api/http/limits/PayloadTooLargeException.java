package org.observa.api.http.limits;

/** A request body over the limit of the operation it was sent to. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
    }
}
