package org.observa.persistence.shared;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * Streams a query's rows through a cursor: PostgreSQL sends them in batches, and each entity is
 * detached once handed over, so neither the driver nor the session ever holds the whole result.
 */
public final class Streams {

    private static final int BATCH = 500;

    private Streams() {
    }

    public static <E> void forEach(PanacheQuery<E> query, EntityManager entityManager, Consumer<E> sink) {
        try (Stream<E> rows = query.withHint(HibernateHints.HINT_FETCH_SIZE, BATCH)
                .withHint(HibernateHints.HINT_READ_ONLY, true).stream()) {
            rows.forEach(row -> {
                sink.accept(row);
                entityManager.detach(row);
            });
        }
    }
}
