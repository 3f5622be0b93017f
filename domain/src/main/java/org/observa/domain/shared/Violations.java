package org.observa.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects broken rules while an input is checked, so that a client learns about every bad field in one
 * answer instead of one per round trip.
 */
public final class Violations {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");

    private final List<FieldError> errors = new ArrayList<>();

    public Violations add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** Records {@code message} for {@code field} unless {@code condition} holds. */
    public Violations require(boolean condition, String field, String message) {
        if (!condition) {
            add(field, message);
        }
        return this;
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public Violations notBlank(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "must not be blank");
        } else if (value.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters");
        }
        return this;
    }

    public Violations optionalText(String field, String value, int maxLength) {
        if (value != null) {
            if (value.isBlank()) {
                add(field, "must not be blank; leave it out instead");
            } else if (value.length() > maxLength) {
                add(field, "must be at most " + maxLength + " characters");
            }
        }
        return this;
    }

    /** Checks a localized text: present, with {@code en}, valid language tags and non-blank texts. */
    public Violations localizedText(String field, LocalizedText text) {
        if (text == null) {
            return add(field, "must not be null");
        }
        if (!text.values().containsKey(LocalizedText.ENGLISH)) {
            add(field + "." + LocalizedText.ENGLISH, "must not be blank (English is required)");
        }
        text.values().forEach((tag, value) -> {
            if (!LANGUAGE_TAG.matcher(tag).matches()) {
                add(field + "." + tag, "is not a BCP-47 language tag such as en, km or pt-BR");
            } else {
                notBlank(field + "." + tag, value, LocalizedText.MAX_LENGTH);
            }
        });
        return this;
    }

    public Violations optionalLocalizedText(String field, LocalizedText text) {
        return text == null ? this : localizedText(field, text);
    }

    public Violations identifiers(String field, List<Identifier> identifiers) {
        var schemes = new java.util.HashSet<String>();
        for (int i = 0; i < identifiers.size(); i++) {
            Identifier id = identifiers.get(i);
            String at = field + "[" + i + "]";
            if (id.scheme() == null || !Identifier.SCHEME.matcher(id.scheme()).matches()) {
                add(at + ".scheme", "must be a lower-case scheme name such as ocd-id or wikidata");
            } else if (!schemes.add(id.scheme())) {
                add(at + ".scheme", "appears twice; give at most one identifier per scheme");
            }
            notBlank(at + ".value", id.value(), 300);
        }
        return this;
    }

    public Violations sources(String field, List<Source> sources) {
        for (int i = 0; i < sources.size(); i++) {
            source(field + "[" + i + "]", sources.get(i));
        }
        return this;
    }

    public Violations source(String field, Source source) {
        if (source == null) {
            return add(field, "must not be null");
        }
        notBlank(field + ".citation", source.citation(), 1000);
        optionalWebAddress(field + ".url", source.url());
        return this;
    }

    public Violations optionalWebAddress(String field, String url) {
        return require(url == null || url.length() <= 2000 && Source.isWebAddress(url), field,
                "must be an absolute http or https URL of at most 2000 characters");
    }

    public Violations positive(String field, Integer value) {
        return require(value == null || value > 0, field, "must be greater than 0");
    }

    public Violations notNegative(String field, Long value) {
        return require(value == null || value >= 0, field, "must not be negative");
    }

    public Violations notNull(String field, Object value) {
        return require(value != null, field, "must not be null");
    }
}
