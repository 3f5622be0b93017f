package org.observa.persistence.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.sql.Timestamp;

/** Values of native queries' rows, in whichever type the JDBC driver hands them over. */
public final class NativeValues {

    private NativeValues() {
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }

    public static long number(Object value) {
        return ((Number) value).longValue();
    }
}
