package org.observa.api.http.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The committed openapi.yaml as the build packs it, read and parsed once for everything that serves or consults it.
 * It is packed as META-INF/observa/openapi.yaml, not META-INF/openapi.yaml: quarkus-smallrye-openapi would parse
 * and write that one again at every start (a few hundred milliseconds) for a document nobody is served —
 * {@link ContractDocument} serves this one, to Swagger UI too.
 */
@ApplicationScoped
public class ContractFile {

    static final String RESOURCE = "META-INF/observa/openapi.yaml";

    private final byte[] bytes;
    private final JsonNode tree;

    public ContractFile() {
        try (InputStream contract = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (contract == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            this.bytes = contract.readAllBytes();
            this.tree = new ObjectMapper(new YAMLFactory()).readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("The contract " + RESOURCE + " cannot be read", e);
        }
    }

    /** The file's bytes, exactly as committed. */
    byte[] bytes() {
        return bytes.clone();
    }

    /** The parsed document; callers only read it. */
    JsonNode tree() {
        return tree;
    }
}
