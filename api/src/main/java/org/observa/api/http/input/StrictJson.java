package org.observa.api.http.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * How request bodies read the scalar values of the contract: a value of exactly the JSON type the contract
 * gives, text PostgreSQL can store ({@link CleanText}), numbers within their type's range and finite,
 * dates and date-times as RFC 3339 writes them ({@link Rfc3339}). Anything else is a problem of that field
 * ({@link InputProblems}), never a coercion and never a value the database or a client would choke on.
 */
final class StrictJson extends SimpleModule {

    StrictJson() {
        super("observa-strict-json");
        addDeserializer(String.class, new Text());
        addDeserializer(Integer.class, new WholeNumber<>(Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE, Long::intValue));
        addDeserializer(Long.class, new WholeNumber<>(Long.class, Long.MIN_VALUE, Long.MAX_VALUE, Long::longValue));
        addDeserializer(Double.class, new FiniteNumber());
        addDeserializer(BigDecimal.class, new Decimal());
        addDeserializer(Boolean.class, new Truth());
        addDeserializer(LocalDate.class, new Date());
        addDeserializer(OffsetDateTime.class, new DateTime());
        addKeyDeserializer(String.class, new InputProblems.TextKeys());
    }

    /** What the client sent instead, for the message: {@code , not '3'}, {@code , not an object}. */
    private static String notThis(JsonParser parser) throws IOException {
        if (parser.hasToken(JsonToken.START_OBJECT)) {
            return ", not an object";
        }
        if (parser.hasToken(JsonToken.START_ARRAY)) {
            return ", not an array";
        }
        return ", not '" + CleanText.quotable(parser.getText()) + "'";
    }

    private static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return InputProblems.report(parser, context, String.class, "must be a string" + notThis(parser));
            }
            String text = parser.getText();
            String problem = CleanText.problem(text);
            return problem == null ? text : InputProblems.report(parser, context, String.class, problem);
        }
    }

    private static final class WholeNumber<T extends Number> extends StdScalarDeserializer<T> {
        private final Class<T> type;
        private final long min;
        private final long max;
        private final java.util.function.Function<Long, T> convert;

        WholeNumber(Class<T> type, long min, long max, java.util.function.Function<Long, T> convert) {
            super(type);
            this.type = type;
            this.min = min;
            this.max = max;
            this.convert = convert;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                return InputProblems.report(parser, context, type, "must be an integer" + notThis(parser));
            }
            java.math.BigInteger value = parser.getBigIntegerValue();
            if (value.bitLength() > 63 || value.longValue() < min || value.longValue() > max) {
                return InputProblems.report(parser, context, type, "must be an integer from " + min + " to " + max);
            }
            return convert.apply(value.longValue());
        }
    }

    private static final class FiniteNumber extends StdScalarDeserializer<Double> {
        FiniteNumber() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT) && !parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return InputProblems.report(parser, context, Double.class, "must be a number" + notThis(parser));
            }
            double value = parser.getDoubleValue();
            return Double.isFinite(value) ? value
                    : InputProblems.report(parser, context, Double.class, "must be a number of a sensible size");
        }
    }

    private static final class Decimal extends StdScalarDeserializer<BigDecimal> {
        // Far beyond any figure of an election; keeps a client from sending 1e999999999 into arithmetic.
        private static final int MAX_DIGITS = 40;

        Decimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT) && !parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return InputProblems.report(parser, context, BigDecimal.class, "must be a number" + notThis(parser));
            }
            BigDecimal value = parser.getDecimalValue();
            boolean sensible = value.precision() - value.scale() <= MAX_DIGITS && value.scale() <= MAX_DIGITS;
            return sensible ? value : InputProblems.report(parser, context, BigDecimal.class, "must be a number of a sensible size");
        }
    }

    private static final class Truth extends StdScalarDeserializer<Boolean> {
        Truth() {
            super(Boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_TRUE) || parser.hasToken(JsonToken.VALUE_FALSE)) {
                return parser.getBooleanValue();
            }
            return InputProblems.report(parser, context, Boolean.class, "must be true or false" + notThis(parser));
        }
    }

    private static final class Date extends StdScalarDeserializer<LocalDate> {
        Date() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return InputProblems.report(parser, context, LocalDate.class, Rfc3339.DATE_EXPECTED + notThis(parser));
            }
            try {
                return Rfc3339.date(parser.getText());
            } catch (IllegalArgumentException e) {
                return InputProblems.report(parser, context, LocalDate.class,
                        e.getMessage() + ", not '" + CleanText.quotable(parser.getText()) + "'");
            }
        }
    }

    private static final class DateTime extends StdScalarDeserializer<OffsetDateTime> {
        DateTime() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return InputProblems.report(parser, context, OffsetDateTime.class, Rfc3339.DATE_TIME_EXPECTED + notThis(parser));
            }
            try {
                return Rfc3339.dateTime(parser.getText());
            } catch (IllegalArgumentException e) {
                return InputProblems.report(parser, context, OffsetDateTime.class,
                        e.getMessage() + ", not '" + CleanText.quotable(parser.getText()) + "'");
            }
        }
    }
}
