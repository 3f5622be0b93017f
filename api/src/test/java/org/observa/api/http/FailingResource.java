package org.observa.api.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Exists only in tests: a fault on the server side, to see how a 500 is reported. */
@Path("/test-only/failure")
public class FailingResource {

    @GET
    public String fail() {
        throw new IllegalStateException("secret internal detail at org.observa.Something");
    }
}
