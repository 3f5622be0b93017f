package org.observa.api.http.input;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;

/**
 * Reads date-time query parameters. In a query string an unencoded {@code +} arrives as a space, so
 * {@code updatedSince=2023-07-23T07:00:00+07:00} typed by hand still means what its author wrote.
 */
@Provider
public class DateTimeParameters implements ParamConverterProvider {

    /** The instant as {@link Rfc3339} reads it, or an IllegalArgumentException saying what is wrong. */
    static OffsetDateTime parse(String value) {
        return Rfc3339.dateTime(value.replace(' ', '+'));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != OffsetDateTime.class) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<OffsetDateTime>() {
            @Override
            public OffsetDateTime fromString(String value) {
                return value == null ? null : parse(value);
            }

            @Override
            public String toString(OffsetDateTime value) {
                return value.toString();
            }
        };
    }
}
