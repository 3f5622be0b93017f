package org.observa.api.http.conditional;

/** The client's If-Match names a version that is no longer current: its update would overwrite another. */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException() {
        super("The resource has changed since the ETag in If-Match was issued; fetch it again and retry.");
    }

    /** Another failed precondition, such as If-None-Match: * on a resource that exists. */
    public PreconditionFailedException(String message) {
        super(message);
    }
}
