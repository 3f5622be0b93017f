package org.observa.api.http.input;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads every JSON request body of the contract's types through {@link Bodies}, so that a create body is
 * checked exactly like a patched resource or an imported row, and every bad field is named at once.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class ContractBodyReader implements MessageBodyReader<Object> {

    private static final String CONTRACT_TYPES = "org.observa.api.generated.model";

    private final Bodies bodies;

    public ContractBodyReader(Bodies bodies) {
        this.bodies = bodies;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return CONTRACT_TYPES.equals(type.getPackageName());
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) {
        return bodies.read(bodies.parse(body), type);
    }
}
