package org.observa.persistence.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SessionImplementor;
import org.observa.domain.shared.BulkWrites;
import org.observa.domain.shared.RejectedWriteException;

/**
 * Empties Hibernate's persistence context of what a bulk import wrote: every flush checks every entity it
 * holds, so a transaction that writes row after row and flushes after each (as the repositories do) would
 * otherwise grow quadratically. The few {@link ParentRecord}s the rows refer to stay, so that each row finds
 * its election or centre without a query; should a bundle refer to very many, they go too.
 */
@ApplicationScoped
public class HibernateBulkWrites implements BulkWrites {

    /** More parents than this and checking them at each flush would cost more than loading them again. */
    static final int MAX_KEPT_PARENTS = 500;
    /** Inserts sent to PostgreSQL in one round trip. */
    static final int BATCH_SIZE = 50;

    private final EntityManager entityManager;

    public HibernateBulkWrites(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * JDBC batches for this transaction's session only. Not for every session: a refused batch makes the driver
     * put the statement with its values into the error, which Hibernate logs, and outside bulk imports those
     * values may be secrets (a key's hash, a webhook's secret).
     * <p>
     * And no sequential scans for the rest of the transaction where an index will do: an import fills tables
     * whose statistics may say they are empty (emptied and vacuumed). PostgreSQL settles on one generic plan for
     * a prepared statement after five calls, and for a lookup by key in a table of a page or two that is a
     * sequential scan, kept while the import makes the table grow, so that each row scans all the rows before it
     * (25,000 station results into an emptied table: 98–106 s instead of 17 s for the dry run). The statements of
     * an import find their rows by key. Plans the connection made before, under the usual settings, are dropped
     * first. Planning every statement anew instead (plan_cache_mode) took twice the time, as it re-plans the
     * triggers' statements and the foreign-key checks too.
     */
    @Override
    public void begin() {
        Session session = entityManager.unwrap(Session.class);
        session.setJdbcBatchSize(BATCH_SIZE);
        session.doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("discard plans");
                statement.execute("set local enable_seqscan = off");
            }
        });
    }

    @Override
    public void release() {
        Flushes.flush(entityManager, () -> new RejectedWriteException("The database refused one of the writes."));
        PersistenceContext context = entityManager.unwrap(SessionImplementor.class).getPersistenceContextInternal();
        List<Object> written = new ArrayList<>();
        int parents = 0;
        for (Map.Entry<Object, EntityEntry> entry : context.reentrantSafeEntityEntries()) {
            if (entry.getKey() instanceof ParentRecord) {
                parents++;
            } else {
                written.add(entry.getKey());
            }
        }
        if (parents > MAX_KEPT_PARENTS) {
            entityManager.clear();
        } else {
            written.forEach(entityManager::detach);
        }
    }
}
