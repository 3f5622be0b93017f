package org.observa.api.http.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.ValidationException;

/**
 * Reads a JSON tree into one of the contract's body DTOs and checks it exactly as a request body is
 * checked, so a body that reaches the service by another road (a patch, an imported row) obeys the
 * same contract. Every problem is a {@link ValidationException} naming the fields.
 */
@ApplicationScoped
public class Bodies {

    private final ObjectMapper json;
    private final Validator validator;

    /**
     * Request bodies are plain DTOs, never JPA entities: asking JPA whether each property is loaded (what the
     * default resolver does when Hibernate is present) costs more than the validation itself.
     */
    private static final TraversableResolver EVERYTHING_TRAVERSABLE = new TraversableResolver() {
        @Override
        public boolean isReachable(Object object, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object object, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    };

    public Bodies(ObjectMapper json, ValidatorFactory validators) {
        this.json = json;
        this.validator = validators.usingContext().traversableResolver(EVERYTHING_TRAVERSABLE).getValidator();
    }

    /**
     * The body as {@code type}, or a {@link ValidationException} naming every bad field at once: values of
     * the wrong type or form (see {@link StrictJson}), unknown properties and broken constraints.
     */
    public <T> T read(JsonNode tree, Class<T> type) {
        if (tree == null || !tree.isObject()) {
            throw ValidationException.of("body", "must be a JSON object");
        }
        List<FieldError> problems = new ArrayList<>();
        T body = null;
        try {
            body = json.readerFor(type).withAttribute(InputProblems.COLLECTED, problems).readValue(tree);
        } catch (JsonProcessingException e) {
            problems.addAll(JsonProblems.fieldErrors(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (body != null) {
            Set<ConstraintViolation<T>> violations = validator.validate(body);
            for (FieldError violation : ConstraintViolations.fieldErrors(new ConstraintViolationException(violations))) {
                // A field already reported as unreadable holds a stand-in: what bean validation says of it is noise.
                if (problems.stream().noneMatch(problem -> covers(problem.field(), violation.field()))) {
                    problems.add(violation);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.stream()
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message)).toList());
        }
        return body;
    }

    private static boolean covers(String reported, String field) {
        return reported.equals("body") || field.equals(reported) || field.startsWith(reported + ".")
                || field.startsWith(reported + "[");
    }

    /** Parses a request body stream as JSON, reporting where it is not. */
    public JsonNode parse(InputStream body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedBodyException(JsonProblems.fieldErrors(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode tree(Object body) {
        return json.valueToTree(body);
    }
}
