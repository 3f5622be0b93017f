package org.observa.api.http.input;

import java.util.List;
import org.observa.domain.shared.FieldError;

/** A request body that is not JSON at all: where it stops being JSON, as a field error of "body". */
public class MalformedBodyException extends RuntimeException {

    private final transient List<FieldError> errors;

    public MalformedBodyException(List<FieldError> errors) {
        super("The request body is not valid JSON");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
