package org.observa.persistence.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;
import org.observa.domain.shared.RejectedWriteException;

/**
 * Writes are flushed at once so that a broken database constraint (a duplicate key that slipped past a
 * check under concurrency, a row still referenced) surfaces as the domain's own exception, inside the
 * request, instead of as a fault at commit.
 */
public final class Flushes {

    private Flushes() {
    }

    public static void flush(EntityManager entityManager, Supplier<? extends RuntimeException> onConstraintViolation) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (isConstraintViolation(e)) {
                throw new RejectedWriteException(onConstraintViolation.get().getMessage());
            }
            throw e;
        }
    }

    private static boolean isConstraintViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
