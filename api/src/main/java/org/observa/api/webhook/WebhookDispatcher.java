package org.observa.api.webhook;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.observa.api.metrics.ObservaMetrics;
import org.observa.domain.webhook.DeliveryAttempt;
import org.observa.domain.webhook.OutgoingMessage;
import org.observa.domain.webhook.WebhookDeliveryService;
import org.observa.domain.webhook.WebhookService;

/**
 * Delivers webhook messages on threads of its own, never on a request thread. Each worker leases one subscription
 * at a time from the database (so that, across every instance, one worker delivers for a subscription), sends its
 * pings and redeliveries, then its changes in feed order until one fails or its time slice is used, and gives the
 * lease back. A worker that dies leaves a lease that runs out, and another instance carries on from the last change
 * a receiver took: at least once, in order. No transaction stays open while a receiver is called.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BESIDE_THE_FEED_PER_TURN = 20;
    private static final Duration MAX_WAIT_AFTER_FAILURE = Duration.ofSeconds(30);

    private final WebhookDeliveryService deliveries;
    private final WebhookService webhooks;
    private final WebhookSender sender;
    private final ObservaMetrics metrics;
    private final Clock clock;
    private final boolean enabled;
    private final int workerCount;
    private final Duration pollInterval;
    private final Duration lease;
    private final Duration logRetention;
    private final Duration housekeepingInterval;
    private final String owner;
    private volatile boolean running;
    private ExecutorService workers;
    private ScheduledExecutorService housekeeping;

    public WebhookDispatcher(WebhookDeliveryService deliveries, WebhookService webhooks, WebhookSender sender,
                             ObservaMetrics metrics, Clock clock,
                             @ConfigProperty(name = "observa.webhooks.enabled") boolean enabled,
                             @ConfigProperty(name = "observa.webhooks.workers") int workerCount,
                             @ConfigProperty(name = "observa.webhooks.poll-interval") Duration pollInterval,
                             @ConfigProperty(name = "observa.webhooks.lease") Duration lease,
                             @ConfigProperty(name = "observa.webhooks.log-retention") Duration logRetention,
                             @ConfigProperty(name = "observa.webhooks.housekeeping-interval") Duration housekeepingInterval) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.sender = sender;
        this.metrics = metrics;
        this.clock = clock;
        this.enabled = enabled;
        this.workerCount = workerCount;
        this.pollInterval = pollInterval;
        this.lease = lease;
        this.logRetention = logRetention;
        this.housekeepingInterval = housekeepingInterval;
        this.owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    // Last of the start-up observers: one that refuses the configuration stops the start before any worker runs
    // (workers started earlier would poll a database that is being shut down, and log that they cannot).
    void start(@Observes @Priority(Integer.MAX_VALUE) StartupEvent event) {
        if (!enabled) {
            return;
        }
        running = true;
        workers = Executors.newFixedThreadPool(workerCount, runnable -> thread(runnable, "observa-webhooks"));
        for (int i = 0; i < workerCount; i++) {
            workers.submit(this::work);
        }
        housekeeping = Executors.newSingleThreadScheduledExecutor(runnable -> thread(runnable, "observa-webhook-log"));
        housekeeping.scheduleWithFixedDelay(this::keepHouse, housekeepingInterval.toMillis(),
                housekeepingInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets deliveries in flight finish (they are bounded by the send timeout), then stops. */
    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (workers == null) {
            return;
        }
        housekeeping.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(15, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A worker's loop. While the database cannot be reached it waits longer each time (up to 30 s) and says so
     * once, not at every poll.
     */
    private void work() {
        int failures = 0;
        while (running) {
            boolean delivered = false;
            try {
                delivered = deliverForOneSubscription();
                if (failures > 0) {
                    LOG.infof("Webhook deliveries are going again");
                }
                failures = 0;
            } catch (RuntimeException e) {
                if (failures++ == 0) {
                    LOG.warnf(e, "Webhook deliveries stopped (retrying with growing waits): %s", e.getMessage());
                }
            }
            if (!delivered) {
                long wait = failures == 0 ? pollInterval.toMillis()
                        : Math.min(MAX_WAIT_AFTER_FAILURE.toMillis(), pollInterval.toMillis() << Math.min(failures, 10));
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Leases a subscription with something to send and sends it; false when none has anything. */
    boolean deliverForOneSubscription() {
        return inRequestContext(() -> {
            Optional<UUID> claimed = deliveries.claim(owner, lease);
            if (claimed.isEmpty()) {
                return false;
            }
            UUID subscription = claimed.get();
            try {
                deliverFor(subscription);
            } finally {
                QuarkusTransaction.requiringNew().run(() -> deliveries.release(subscription, owner));
            }
            return true;
        });
    }

    private void deliverFor(UUID subscription) {
        // A third of the lease: the last send (bounded by its timeout) ends long before the lease runs out.
        long deadline = System.nanoTime() + lease.toNanos() / 3;
        List<OutgoingMessage> besideTheFeed = QuarkusTransaction.requiringNew()
                .call(() -> deliveries.besideTheFeed(subscription, BESIDE_THE_FEED_PER_TURN));
        for (OutgoingMessage message : besideTheFeed) {
            send(message);
        }
        while (running && System.nanoTime() < deadline) {
            Optional<OutgoingMessage> next = QuarkusTransaction.requiringNew()
                    .call(() -> deliveries.nextChangeMessage(subscription));
            if (next.isEmpty() || !send(next.get()).succeeded()) {
                return;
            }
        }
    }

    private DeliveryAttempt send(OutgoingMessage message) {
        Target target = QuarkusTransaction.requiringNew().call(() -> new Target(
                webhooks.get(message.subscriptionId()).url(), deliveries.signingSecrets(message.subscriptionId())));
        DeliveryAttempt attempt = sender.send(message, target.url(), target.secrets());
        QuarkusTransaction.requiringNew().run(() -> deliveries.recordAttempt(message, attempt, owner));
        metrics.webhookAttempt(message.kind(), attempt);
        return attempt;
    }

    private void keepHouse() {
        try {
            inRequestContext(() -> {
                QuarkusTransaction.requiringNew().run(() -> deliveries.forgetFinishedBefore(clock.instant().minus(logRetention)));
                metrics.webhookBacklogs(QuarkusTransaction.requiringNew().call(deliveries::backlogs), clock.instant());
                return null;
            });
        } catch (RuntimeException | LinkageError e) {
            // A task of a scheduled executor that throws is never run again: say so, and keep it running.
            LOG.warnf(e, "The webhook log could not be tidied: %s", e.getMessage());
        }
    }

    /** Hibernate picks the database of a persistence context within a request context: work here runs in one of its own. */
    private static <T> T inRequestContext(Supplier<T> work) {
        ManagedContext context = Arc.container().requestContext();
        if (context.isActive()) {
            return work.get();
        }
        context.activate();
        try {
            return work.get();
        } finally {
            context.terminate();
        }
    }

    private static Thread thread(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    private record Target(URI url, List<String> secrets) {
    }
}
