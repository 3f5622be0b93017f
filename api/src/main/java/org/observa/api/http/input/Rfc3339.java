package org.observa.api.http.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Dates and instants exactly as the contract writes them (RFC 3339, which OpenAPI's {@code date} and
 * {@code date-time} formats are): a {@code full-date} with a four-digit year, and a {@code date-time} with
 * an offset, whose instant lies in the years 0001 to 9999 so that it reads back in the same form. Java's
 * parsers are more lenient ({@code +300000-01-01}, a date-time cut to a date), and what they let through
 * either breaks the database or comes back in a form the contract does not allow.
 */
public final class Rfc3339 {

    public static final String DATE_EXPECTED = "must be a date such as 2023-07-23";
    public static final String DATE_TIME_EXPECTED = "must be a date-time with an offset such as 2023-07-23T07:00:00Z";

    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");
    private static final OffsetDateTime EARLIEST = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime LATEST = OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.UTC);

    private Rfc3339() {
    }

    /** The date, or an IllegalArgumentException whose message completes "{field} …" . */
    public static LocalDate date(String text) {
        if (!FULL_DATE.matcher(text).matches()) {
            throw new IllegalArgumentException(DATE_EXPECTED);
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 1) {
                throw new IllegalArgumentException("must be a date from 0001-01-01 to 9999-12-31");
            }
            return date;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(DATE_EXPECTED);
        }
    }

    /** The instant, or an IllegalArgumentException whose message completes "{field} …". */
    public static OffsetDateTime dateTime(String text) {
        if (!DATE_TIME.matcher(text).matches()) {
            throw new IllegalArgumentException(DATE_TIME_EXPECTED);
        }
        OffsetDateTime instant;
        try {
            instant = OffsetDateTime.parse(text.toUpperCase(java.util.Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(DATE_TIME_EXPECTED);
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new IllegalArgumentException("must be an instant from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z");
        }
        return instant;
    }
}
