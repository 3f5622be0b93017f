package org.observa.api.database;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.observa.domain.shared.RejectedWriteException;

/**
 * Runs work in a transaction of its own, and again when a concurrent transaction made it fail: two imports of
 * overlapping records may lock them in opposite orders (PostgreSQL then aborts one as a deadlock victim) or
 * create the same new record at the same moment (the second then meets a duplicate); deleting a webhook
 * subscription and a delivery worker recording an attempt lock a delivery and the cursor in opposite orders. Run
 * again after the other has committed, the work finds the records in place, so the client sees its request
 * succeed instead of a deadlock or a duplicate it never sent.
 */
@ApplicationScoped
public class RetriedTransactions {

    private static final Logger LOG = Logger.getLogger(RetriedTransactions.class);
    static final int ATTEMPTS = 4;

    /**
     * The work's result, committed, or rolled back when {@code keep} is false (a dry run: everything checked and
     * written as for real, then undone). The work is told whether a failure will be retried ({@code true}) or is
     * final, so that on the last attempt it can report a refused write as the client's problem instead of throwing it.
     */
    public <T> T call(int timeoutSeconds, boolean keep, Function<Boolean, T> work) {
        for (int attempt = 1; ; attempt++) {
            boolean retryable = attempt < ATTEMPTS;
            try {
                return once(timeoutSeconds, keep, () -> work.apply(retryable));
            } catch (RuntimeException e) {
                if (!retryable || !isConcurrencyConflict(e)) {
                    throw e;
                }
                LOG.infof("Attempt %d of %d met a concurrent transaction (%s); trying again", attempt, ATTEMPTS, e.getMessage());
                pause(attempt);
            }
        }
    }

    private static <T> T once(int timeoutSeconds, boolean keep, Supplier<T> work) {
        QuarkusTransaction.begin(QuarkusTransaction.beginOptions().timeout(timeoutSeconds));
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            QuarkusTransaction.rollback();
            throw e;
        }
        if (keep) {
            QuarkusTransaction.commit();
        } else {
            QuarkusTransaction.rollback();
        }
        return result;
    }

    static boolean isConcurrencyConflict(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RejectedWriteException) {
                return true;
            }
            if (t instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** A random pause, longer each time, so that the two colliding transactions do not collide again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(20, 120) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
