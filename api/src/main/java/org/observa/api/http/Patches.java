package org.observa.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.observa.domain.shared.ValidationException;

/**
 * Applies a merge patch to the writable form of a resource and checks the result exactly as a create
 * body is checked, so a PATCH can never store what a POST would refuse.
 */
@ApplicationScoped
public class Patches {

    private final ObjectMapper json;
    private final Validator validator;

    public Patches(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T apply(T current, ObjectNode patch, Class<T> writableForm) {
        T patched;
        try {
            patched = json.treeToValue(MergePatch.apply(json.valueToTree(current), patch), writableForm);
        } catch (JsonProcessingException e) {
            throw new ValidationException(JsonProblems.fieldErrors(e));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(patched);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return patched;
    }
}
