package org.observa.api.http.conditional;

/** An update or delete without If-Match: refused, so that no update is ever lost silently. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("This request must carry an If-Match header with the resource's current ETag; GET the resource to get it.");
    }
}
