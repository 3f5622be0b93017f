package org.observa.api.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.UUID;

/**
 * Reads demo files from the classpath into the contract's DTOs and checks them against the contract.
 * Demo records that users could have created carry fixed ids, so their URLs are the same on every
 * installation (the README and the contract's examples can link to them).
 */
@ApplicationScoped
public class DemoFiles {

    /** A create body together with the fixed id the demo record gets. */
    public record Identified<T>(UUID id, T body) {
    }

    private final ObjectMapper json;
    private final Validator validator;

    public DemoFiles(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T read(String resource, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo data file " + resource + " is missing from the application");
            }
            return validated(json.readValue(in, type), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo data file " + resource + " cannot be read", e);
        }
    }

    /** Splits a demo record into its fixed {@code id} and the create body (the record without the id). */
    public <T> Identified<T> identified(ObjectNode record, Class<T> createBody) {
        ObjectNode body = record.deepCopy();
        UUID id = UUID.fromString(body.remove("id").asText());
        try {
            return new Identified<>(id, validated(json.treeToValue(body, createBody), "record " + id));
        } catch (IOException e) {
            throw new UncheckedIOException("Demo record " + id + " does not match " + createBody.getSimpleName(), e);
        }
    }

    private <T> T validated(T content, String where) {
        Set<ConstraintViolation<T>> violations = validator.validate(content);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException("Demo data " + where + " breaks the contract", violations);
        }
        return content;
    }
}
