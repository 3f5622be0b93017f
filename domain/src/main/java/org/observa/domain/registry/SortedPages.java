package org.observa.domain.registry;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.observa.domain.shared.Page;

/**
 * Keyset pages over items held in memory: for views whose order depends on values derived on read (an
 * anomaly's severity), which the store cannot sort by. The cursor is the key of the last item served, so
 * paging stays stable while items are added or removed in between.
 */
final class SortedPages {

    private SortedPages() {
    }

    /**
     * @param after  the key to continue after; null for the first page
     * @param encode the key as the page position a page token carries
     */
    static <T, K> Page<T> page(List<T> items, Function<T, K> keyOf, Comparator<K> order, K after, int size,
                               Function<K, List<String>> encode) {
        List<T> rows = items.stream()
                .filter(item -> after == null || order.compare(keyOf.apply(item), after) > 0)
                .sorted(Comparator.comparing(keyOf, order))
                .limit(size + 1L)
                .toList();
        return Page.of(rows, size, item -> encode.apply(keyOf.apply(item)));
    }
}
