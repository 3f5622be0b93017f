package org.observa.api.http.input;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import org.observa.domain.shared.FieldError;

/** Bean-validation failures of the contract's constraints, as field errors named the way clients write them. */
public final class ConstraintViolations {

    // The generated interfaces name every request body "body" (x-codegen-request-body-name in the contract).
    private static final String BODY_PARAMETER = "body";
    private static final String IF_MATCH_PARAMETER = "ifMatch";

    private ConstraintViolations() {
    }

    /** A response that breaks the contract is our fault, not the client's. */
    public static boolean isServerFault(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().anyMatch(v -> {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * If-Match is required by the contract, so the generated interfaces check it is there; a request without
     * it still deserves the 428 the contract promises, not a 400.
     */
    public static boolean isMissingIfMatch(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().anyMatch(v -> {
            Path.Node last = null;
            for (Path.Node node : v.getPropertyPath()) {
                last = node;
            }
            return last != null && last.getKind() == ElementKind.PARAMETER && IF_MATCH_PARAMETER.equals(last.getName());
        });
    }

    public static List<FieldError> fieldErrors(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    /** {@code createDivision.body.identifiers[0].scheme} becomes {@code identifiers[0].scheme}; a query parameter keeps its name. */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                if (!BODY_PARAMETER.equals(node.getName())) {
                    field.append(node.getName());
                }
                continue;
            }
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    field.append('.').append(node.getKey());
                }
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? BODY_PARAMETER : field.toString();
    }
}
