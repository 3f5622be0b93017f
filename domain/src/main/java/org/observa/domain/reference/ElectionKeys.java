package org.observa.domain.reference;

import java.time.LocalDate;
import java.util.Locale;

/** Readable election keys: country, type code and polling date, e.g. {@code kh-na-2023-07-23}. */
public final class ElectionKeys {

    private ElectionKeys() {
    }

    public static String of(String countryId, ElectionType type, LocalDate pollingDate) {
        return countryId.toLowerCase(Locale.ROOT) + "-" + type.keyCode() + "-" + pollingDate;
    }
}
