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
import java.lang.annotation.ElementType;
import java.util.Set;
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

    public <T> T read(JsonNode tree, Class<T> type) {
        T body;
        try {
            body = json.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new ValidationException(JsonProblems.fieldErrors(e));
        }
        if (body == null) {
            throw ValidationException.of("body", "must be an object");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ValidationException(ConstraintViolations.fieldErrors(new ConstraintViolationException(violations)));
        }
        return body;
    }

    /** Parses a request body stream as JSON, reporting where it is not. */
    public JsonNode parse(java.io.InputStream body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ValidationException(JsonProblems.fieldErrors(e));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public JsonNode tree(Object body) {
        return json.valueToTree(body);
    }
}
