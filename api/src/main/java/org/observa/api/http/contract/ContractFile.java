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
 * {@link ContractDocument} serves this one, to Swagger UI too. The build also packs the same document as JSON
 * (src/build/ContractAsJson.java), which is what is parsed here: parsing the 800 KB of YAML took a fifth of
 * the start-up. Where the JSON is missing (a build that skipped that step), the YAML is parsed instead.
 */
@ApplicationScoped
public class ContractFile {

    static final String RESOURCE = "META-INF/observa/openapi.yaml";
    static final String AS_JSON = "META-INF/observa/openapi.json";

    private final byte[] bytes;
    private final byte[] json;
    private final JsonNode tree;

    public ContractFile() {
        try {
            this.bytes = read(RESOURCE);
            if (bytes == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            byte[] packedJson = read(AS_JSON);
            ObjectMapper mapper = new ObjectMapper();
            this.json = packedJson != null ? packedJson
                    : mapper.writeValueAsBytes(new ObjectMapper(new YAMLFactory()).readTree(bytes));
            this.tree = mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("The contract " + RESOURCE + " cannot be read", e);
        }
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /** The file's bytes, exactly as committed. */
    byte[] bytes() {
        return bytes.clone();
    }

    /** The same document as compact JSON. */
    byte[] json() {
        return json.clone();
    }

    /** The parsed document; callers only read it. */
    JsonNode tree() {
        return tree;
    }
}
