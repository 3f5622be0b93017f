package org.observa.api.http.input;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** What the request's headers say about its body and the answer it can take, settled before anything else. */
public class RequestHeaders {

    /**
     * A body must say what it is: read as JSON by guess, a CSV or a form would be answered with confusing
     * field errors. A DELETE answers 204 with no body, and its errors are problem documents, which RFC 9457
     * lets a server send whatever Accept asks for: the Accept many clients send on every call
     * (application/json) must not turn a delete into a 406.
     */
    @ServerRequestFilter(preMatching = true)
    public void settle(ContainerRequestContext request) {
        if (hasBody(request) && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            throw new NotSupportedException("The request has a body but no Content-Type");
        }
        if (HttpMethod.DELETE.equals(request.getMethod())) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.WILDCARD);
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null || length != null && !length.trim().equals("0");
    }
}
