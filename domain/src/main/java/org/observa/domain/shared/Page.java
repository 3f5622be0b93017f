package org.observa.domain.shared;

import java.util.List;
import java.util.function.Function;

/** A page of items and, unless it is the last, the keyset position to continue after. */
public record Page<T>(List<T> items, List<String> next) {

    public Page {
        items = List.copyOf(items);
        next = next == null ? List.of() : List.copyOf(next);
    }

    /**
     * Builds a page from up to {@code size + 1} rows fetched in key order: the extra row only tells that
     * there is more, and the last kept row's key is where the next page starts.
     */
    public static <T> Page<T> of(List<T> rows, int size, Function<T, List<String>> key) {
        if (rows.size() <= size) {
            return new Page<>(rows, List.of());
        }
        List<T> kept = rows.subList(0, size);
        return new Page<>(kept, key.apply(kept.get(size - 1)));
    }

    public boolean hasNext() {
        return !next.isEmpty();
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
