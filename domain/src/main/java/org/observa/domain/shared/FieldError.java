package org.observa.domain.shared;

/** One invalid field of an input: where it is (a JSON-style path such as {@code name.en}) and what is wrong. */
public record FieldError(String field, String message) {
}
