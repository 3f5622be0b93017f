package org.observa.api.http.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value of the wrong type or form, with the message the client reads (e.g. "must be a string"). */
final class InvalidInputException extends MismatchedInputException {

    InvalidInputException(JsonParser parser, String message, Class<?> targetType) {
        super(parser, message, targetType);
    }
}
