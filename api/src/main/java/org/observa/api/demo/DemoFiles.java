package org.observa.api.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Reads a demo file from the classpath into the contract's DTOs and checks it against the contract. */
@ApplicationScoped
public class DemoFiles {

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
            T content = json.readValue(in, type);
            Set<ConstraintViolation<T>> violations = validator.validate(content);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException("Demo data file " + resource + " breaks the contract", violations);
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("Demo data file " + resource + " cannot be read", e);
        }
    }
}
