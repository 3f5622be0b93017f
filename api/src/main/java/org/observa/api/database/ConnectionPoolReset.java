package org.observa.api.database;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Empties the connection pool when a request finds the database gone: every pooled connection then belongs to
 * a server that no longer exists, and lending one once the database is back would fail a request that started
 * after it returned. Idle connections go at once, those in use when they are given back.
 */
@ApplicationScoped
public class ConnectionPoolReset {

    private static final Logger LOG = Logger.getLogger(ConnectionPoolReset.class);
    private static final long AT_MOST_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Instance<AgroalDataSource> dataSource;
    private final ReadReplica replica;
    private final AtomicLong lastReset = new AtomicLong(System.nanoTime() - AT_MOST_EVERY_NANOS);

    public ConnectionPoolReset(Instance<AgroalDataSource> dataSource, ReadReplica replica) {
        this.dataSource = dataSource;
        this.replica = replica;
    }

    /**
     * After a request lost its connection; a burst of such requests empties the pool once. A request that was
     * reading from the replica lost the replica: reads leave it until it has answered again, and the primary's
     * pool is left alone.
     */
    public void afterConnectionLost() {
        if (replica.servesThisRequest()) {
            replica.suspectLost();
            return;
        }
        long last = lastReset.get();
        long now = System.nanoTime();
        if (now - last >= AT_MOST_EVERY_NANOS && lastReset.compareAndSet(last, now)) {
            LOG.warn("The database connection was lost: emptying the connection pool");
            dataSource.get().flush(AgroalDataSource.FlushMode.GRACEFUL);
        }
    }
}
