package org.observa.domain.shared;

import java.util.Map;
import java.util.TreeMap;

/**
 * Text that people read, in several languages: BCP-47 language tag to text. English is required so
 * that every record can be shown to every reader. Kept sorted so that equal texts serialize equally.
 */
public record LocalizedText(Map<String, String> values) {

    public static final String ENGLISH = "en";
    public static final int MAX_LENGTH = 4000;

    public LocalizedText {
        values = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    public static LocalizedText english(String text) {
        return new LocalizedText(Map.of(ENGLISH, text));
    }

    public String english() {
        return values.get(ENGLISH);
    }

    /** Every language's text in lower case, for case-insensitive search. */
    public String searchable() {
        return String.join(" ", values.values()).toLowerCase(java.util.Locale.ROOT);
    }
}
