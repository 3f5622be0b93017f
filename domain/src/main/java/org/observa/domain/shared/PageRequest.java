package org.observa.domain.shared;

import java.util.List;

/**
 * One page of a collection in keyset order: at most {@code size} items after the position {@code after}
 * (the sort key of the last item of the previous page, empty for the first page). Deep pages cost the
 * same as the first because the store seeks to the key instead of counting rows.
 */
public record PageRequest(int size, List<String> after) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_SIZE);
        }
        after = after == null ? List.of() : List.copyOf(after);
    }

    public static PageRequest first(int size) {
        return new PageRequest(size, List.of());
    }

    public boolean isFirst() {
        return after.isEmpty();
    }

    /** The {@code index}-th part of the position to continue after, as text. */
    public String afterText(int index) {
        if (index >= after.size()) {
            throw invalidToken();
        }
        return after.get(index);
    }

    public java.time.LocalDate afterDate(int index) {
        return parse(index, java.time.LocalDate::parse);
    }

    public java.time.Instant afterInstant(int index) {
        return parse(index, java.time.Instant::parse);
    }

    public java.util.UUID afterUuid(int index) {
        return parse(index, java.util.UUID::fromString);
    }

    public long afterLong(int index) {
        return parse(index, Long::valueOf);
    }

    private <T> T parse(int index, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(afterText(index));
        } catch (RuntimeException e) {
            throw invalidToken();
        }
    }

    // A position that the store cannot read can only come from an altered page token.
    private static ValidationException invalidToken() {
        return ValidationException.of("pageToken", "is not a page token issued by this API for this list");
    }
}
