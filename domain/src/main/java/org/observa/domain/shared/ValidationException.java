package org.observa.domain.shared;

import java.util.List;

/** Input that breaks one or more rules; carries every broken rule at once so a client can fix them all. */
public class ValidationException extends RuntimeException {

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.size() == 1 ? "1 field is not valid." : errors.size() + " fields are not valid.");
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
