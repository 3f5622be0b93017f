package org.observa.persistence.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.observa.domain.shared.BulkWrites;
import org.observa.domain.shared.RejectedWriteException;

/**
 * Clears Hibernate's persistence context: every flush checks every entity it holds, so a transaction that
 * writes row after row and flushes after each (as the repositories do) would otherwise grow quadratically.
 */
@ApplicationScoped
public class HibernateBulkWrites implements BulkWrites {

    private final EntityManager entityManager;

    public HibernateBulkWrites(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void release() {
        Flushes.flush(entityManager, () -> new RejectedWriteException("The database refused one of the writes."));
        entityManager.clear();
    }
}
