package org.observa.api.database;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL streaming replica that anonymous reads may use (observa.datasource.replica.*), and whether it
 * may be used now: it must answer, and be at most {@code max-lag} behind the primary. A background check asks
 * it every {@code check-interval}; a request that lost its connection asks for the next check at once. When
 * no replica is configured, none of this runs and every request uses the primary.
 */
@ApplicationScoped
public class ReadReplica {

    static final String NAME = "replica";
    private static final Logger LOG = Logger.getLogger(ReadReplica.class);
    /**
     * Seconds since the last transaction the replica replayed, or 0 when it has replayed everything it received:
     * an idle primary sends nothing, and its replica is then current however old its last transaction is.
     */
    private static final String LAG = "select case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0"
            + " else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0) end";

    private final Optional<AgroalDataSource> replica;
    private final Duration maxLag;
    private final Duration checkInterval;
    private final MeterRegistry registry;
    private volatile boolean usable;
    private volatile double lagSeconds = Double.NaN;
    private ScheduledExecutorService checks;

    public ReadReplica(@DataSource(NAME) InjectableInstance<AgroalDataSource> replica,
                       @ConfigProperty(name = "observa.datasource.replica.max-lag") Duration maxLag,
                       @ConfigProperty(name = "observa.datasource.replica.check-interval") Duration checkInterval,
                       MeterRegistry registry) {
        this.replica = replica.getHandle().getBean().isActive() ? Optional.of(replica.get()) : Optional.empty();
        this.maxLag = maxLag;
        this.checkInterval = checkInterval;
        this.registry = registry;
    }

    boolean isConfigured() {
        return replica.isPresent();
    }

    AgroalDataSource dataSource() {
        return replica.orElseThrow(() -> new IllegalStateException("No read replica is configured"));
    }

    /** Whether the request being served reads from the replica. */
    boolean servesThisRequest() {
        return usable && ReplicaReads.isMarked();
    }

    /** After a request lost its connection to the replica: until it has answered again, reads go to the primary. */
    void suspectLost() {
        if (usable) {
            usable = false;
            LOG.warn("Anonymous reads go to the primary: a request lost its connection to the read replica");
            replica.get().flush(AgroalDataSource.FlushMode.GRACEFUL);
            checks.execute(this::check);
        }
    }

    void start(@Observes StartupEvent event) {
        if (replica.isEmpty()) {
            return;
        }
        Gauge.builder("observa.replica.available", this, r -> r.usable ? 1 : 0)
                .description("1 while anonymous reads go to the read replica, 0 while they fall back to the primary")
                .register(registry);
        Gauge.builder("observa.replica.lag", this, r -> r.lagSeconds)
                .description("How far the read replica's data is behind the primary's, as of the last check")
                .baseUnit("seconds")
                .register(registry);
        checks = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "observa-read-replica-check");
            thread.setDaemon(true);
            return thread;
        });
        String reason = check();
        if (reason != null) {
            LOG.warn("Anonymous reads go to the primary until the read replica can be used: " + reason);
        }
        checks.scheduleWithFixedDelay(this::check, checkInterval.toMillis(), checkInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (checks != null) {
            checks.shutdownNow();
        }
    }

    /** Why the replica cannot be used, or null when it can. */
    private String check() {
        boolean wasUsable = usable;
        String reason = null;
        try (Connection connection = replica.orElseThrow().getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(Math.max(1, (int) checkInterval.toSeconds()));
            try (ResultSet lag = statement.executeQuery(LAG)) {
                lag.next();
                lagSeconds = lag.getDouble(1);
            }
            if (lagSeconds > maxLag.toMillis() / 1000.0) {
                reason = String.format("it is %.1f s behind the primary (observa.datasource.replica.max-lag is %s)",
                        lagSeconds, maxLag);
            }
        } catch (SQLException | RuntimeException e) {
            lagSeconds = Double.NaN;
            reason = "it does not answer: " + e.getMessage();
        }
        usable = reason == null;
        if (wasUsable && !usable) {
            LOG.warn("Anonymous reads go to the primary: the read replica cannot be used, " + reason);
        } else if (!wasUsable && usable) {
            LOG.info("Anonymous reads go to the read replica");
        }
        return reason;
    }
}
