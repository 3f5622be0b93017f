package org.observa.api.http.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.observa.domain.shared.FieldError;

/** Request bodies that are not JSON, or not of the shape the contract asks for, as field errors. */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static List<FieldError> fieldErrors(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping) {
            return List.of(new FieldError(path(mapping), message(mapping)));
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return List.of(new FieldError("body", "is not valid JSON: " + e.getOriginalMessage() + where));
    }

    private static String message(JsonMappingException e) {
        if (e instanceof InvalidInputException) {
            return e.getOriginalMessage();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a property of this resource; see the contract for the ones it has";
        }
        if (e instanceof InvalidFormatException invalid) {
            return expectation(invalid.getTargetType()) + ", not '" + CleanText.quotable(String.valueOf(invalid.getValue())) + "'";
        }
        if (e instanceof MismatchedInputException mismatched) {
            return expectation(mismatched.getTargetType());
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getType() != null) {
            return expectation(instantiation.getType().getRawClass());
        }
        return "is not valid: " + e.getOriginalMessage();
    }

    public static String expectation(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be an integer";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == LocalDate.class) {
            return Rfc3339.DATE_EXPECTED;
        }
        if (type == OffsetDateTime.class) {
            return Rfc3339.DATE_TIME_EXPECTED;
        }
        if (type == java.util.UUID.class) {
            return "must be a UUID such as 0f27e151-fdb4-4944-8566-33f17cd5ae39";
        }
        if (type == java.net.URI.class) {
            return "must be a URL such as https://example.org/report";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "must be an object";
        }
        return "must be an object";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
