package org.observa.api.http.conditional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Responses that carry one resource: serialized once, tagged with the ETag of exactly those bytes, and
 * answered with 304 when the client already holds them.
 */
@ApplicationScoped
public class Representations {

    private final ObjectMapper json;

    public Representations(ObjectMapper json) {
        this.json = json;
    }

    /** 200 with the resource and its ETag, or 304 when {@code ifNoneMatch} names that ETag. */
    public Response ok(Object dto, String ifNoneMatch) {
        byte[] body = bytes(dto);
        String tag = EntityTags.of(body);
        if (EntityTags.noneMatchHits(ifNoneMatch, tag)) {
            return Response.notModified().header(HttpHeaders.ETAG, tag).build();
        }
        return withTag(Response.ok(), body, tag);
    }

    public Response ok(Object dto) {
        return ok(dto, null);
    }

    /**
     * 201 with the Location of the new resource, its ETag and its representation. The Location is a path,
     * a relative reference (RFC 9110 10.2.2), never built from the request's Host header, which a client sets.
     */
    public Response created(String location, Object dto) {
        byte[] body = bytes(dto);
        return withTag(Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, location), body,
                EntityTags.of(body));
    }

    /** The ETag the resource has now, as a GET would return it. */
    public String tagOf(Object dto) {
        return EntityTags.of(bytes(dto));
    }

    private static Response withTag(Response.ResponseBuilder builder, byte[] body, String tag) {
        return builder.entity(body).type(MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, tag).build();
    }

    private byte[] bytes(Object dto) {
        try {
            return json.writeValueAsBytes(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A response could not be serialized", e);
        }
    }
}
