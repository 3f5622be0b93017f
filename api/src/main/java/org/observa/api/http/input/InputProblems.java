package org.observa.api.http.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.observa.domain.shared.FieldError;

/**
 * Every bad field of a body at once. Jackson stops at the first value it cannot read; while a body is read
 * through {@link Bodies}, each such value is instead noted with its field and replaced by a harmless
 * stand-in, so that reading goes on and the client learns about every bad field in one answer.
 */
final class InputProblems {

    /** The per-read attribute that holds the problems noted so far; absent, the first problem is thrown. */
    static final String COLLECTED = "observa.input-problems";

    private InputProblems() {
    }

    /**
     * Notes that the value at the parser's position {@code message} (e.g. "must be a string") and returns a
     * stand-in of {@code type}; outside {@link Bodies} it throws instead.
     */
    static <T> T report(JsonParser parser, DeserializationContext context, Class<T> type, String message) throws IOException {
        List<FieldError> collected = collected(context);
        if (collected == null) {
            throw new InvalidInputException(parser, message, type);
        }
        collected.add(new FieldError(path(parser), message));
        if (parser.hasToken(JsonToken.START_OBJECT) || parser.hasToken(JsonToken.START_ARRAY)) {
            parser.skipChildren();
        }
        @SuppressWarnings("unchecked")
        T standIn = (T) standIn(type);
        return standIn;
    }

    @SuppressWarnings("unchecked")
    private static List<FieldError> collected(DeserializationContext context) {
        return (List<FieldError>) context.getAttribute(COLLECTED);
    }

    /** The field at the parser's position as clients write it: {@code sources[0].citation}; {@code body} for the whole. */
    static String path(JsonParser parser) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext at = parser.getParsingContext(); at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject() && at.getCurrentName() != null) {
                parts.addFirst("." + at.getCurrentName());
            } else if (at.inArray() && at.getEntryCount() > 0) { // an array just opened is the value itself
                parts.addFirst("[" + Math.max(at.getCurrentIndex(), 0) + "]");
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }

    /** A value of the type that lets reading go on; never used, since the body is refused. */
    private static Object standIn(Class<?> type) {
        if (type == String.class) {
            return "";
        } else if (type == Integer.class || type == int.class) {
            return 0;
        } else if (type == Long.class || type == long.class) {
            return 0L;
        } else if (type == Double.class || type == double.class) {
            return 0.0;
        } else if (type == BigDecimal.class) {
            return BigDecimal.ZERO;
        } else if (type == Boolean.class || type == boolean.class) {
            return false;
        } else if (type == LocalDate.class) {
            return LocalDate.EPOCH;
        } else if (type == OffsetDateTime.class) {
            return OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        } else if (type == UUID.class) {
            return new UUID(0, 0);
        } else if (type == URI.class) {
            return URI.create("about:blank");
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (List.class.isAssignableFrom(type)) {
            return new ArrayList<>();
        } else if (Map.class.isAssignableFrom(type)) {
            return new LinkedHashMap<>();
        }
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Notes the problems Jackson finds itself — unknown properties, unknown enum values, an object where a value belongs. */
    static final class Handler extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             JsonDeserializer<?> deserializer, Object bean, String property) throws IOException {
            if (collected(context) == null) {
                return false;
            }
            report(parser, context, Object.class, "is not a property of this resource; see the contract for the ones it has");
            parser.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext context, Class<?> type, String value, String failure)
                throws IOException {
            return collected(context) == null ? NOT_HANDLED
                    : report(context.getParser(), context, type, JsonProblems.expectation(type) + ", not '" + CleanText.quotable(value) + "'");
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext context, Class<?> type, Number value, String failure)
                throws IOException {
            return collected(context) == null ? NOT_HANDLED
                    : report(context.getParser(), context, type, JsonProblems.expectation(type) + ", not " + value);
        }

        @Override
        public Object handleWeirdKey(DeserializationContext context, Class<?> type, String key, String failure)
                throws IOException {
            return collected(context) == null ? NOT_HANDLED
                    : report(context.getParser(), context, type, "has a key that " + failure);
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext context, JavaType type, JsonToken token,
                                            JsonParser parser, String failure) throws IOException {
            return collected(context) == null ? NOT_HANDLED
                    : report(parser, context, type.getRawClass(), JsonProblems.expectation(type.getRawClass()));
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext context, Class<?> type,
                                                ValueInstantiator instantiator, JsonParser parser, String failure)
                throws IOException {
            return collected(context) == null ? NOT_HANDLED
                    : report(parser, context, type, JsonProblems.expectation(type));
        }

        @Override
        public Object handleInstantiationProblem(DeserializationContext context, Class<?> type, Object argument,
                                                 Throwable failure) throws IOException {
            if (collected(context) == null) {
                return NOT_HANDLED;
            }
            String value = argument instanceof String text ? ", not '" + CleanText.quotable(text) + "'" : "";
            return report(context.getParser(), context, type, JsonProblems.expectation(type) + value);
        }
    }

    /** Map keys (the language tags of a localized text) obey the same rules as text. */
    static final class TextKeys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            String problem = CleanText.problem(key);
            return problem == null ? key : context.handleWeirdKey(String.class, key, problem);
        }
    }
}
