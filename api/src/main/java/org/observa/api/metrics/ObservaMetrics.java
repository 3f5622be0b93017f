package org.observa.api.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.observa.domain.partner.ChangeService;
import org.observa.domain.webhook.DeliveryAttempt;
import org.observa.domain.webhook.DeliveryKind;
import org.observa.domain.webhook.WebhookDeliveryRepository.Backlog;

/**
 * Observa's own metrics, beside the HTTP and connection-pool ones Quarkus exports at /q/metrics (the README
 * lists them all): rows imported and rejected per kind, rows exported per collection, the change feed's lag,
 * rate-limit rejections, and webhook deliveries with each subscription's oldest undelivered change.
 */
@ApplicationScoped
public class ObservaMetrics {

    private static final Logger LOG = Logger.getLogger(ObservaMetrics.class);

    private final MeterRegistry registry;
    private final ChangeService changes;
    private final Clock clock;
    private MultiGauge webhookBacklogs;

    public ObservaMetrics(MeterRegistry registry, ChangeService changes, Clock clock) {
        this.registry = registry;
        this.changes = changes;
        this.clock = clock;
    }

    void registerGauges(@Observes StartupEvent event) {
        Gauge.builder("observa.change.feed.lag", this, ObservaMetrics::changeFeedLagSeconds)
                .description("How long the oldest committed change has waited to appear in the change feed, behind an"
                        + " older transaction still in flight")
                .baseUnit("seconds")
                .register(registry);
        webhookBacklogs = MultiGauge.builder("observa.webhook.oldest.undelivered")
                .description("Per active webhook subscription, how long ago the oldest change it has not yet delivered"
                        + " was made (0 when it is up to date)")
                .baseUnit("seconds")
                .register(registry);
    }

    /** The rows an import applied, per kind and outcome (created, updated, unchanged). */
    public void imported(Map<String, Map<String, Integer>> countsByKind, boolean dryRun) {
        countsByKind.forEach((kind, counts) -> counts.forEach((outcome, rows) -> registry
                .counter("observa.import.rows", "kind", kind, "outcome", outcome, "dry_run", Boolean.toString(dryRun))
                .increment(rows)));
    }

    /** The rows of a refused import that had a problem, per kind. */
    public void rejected(String kind, int rows, boolean dryRun) {
        registry.counter("observa.import.rows", "kind", kind, "outcome", "rejected", "dry_run", Boolean.toString(dryRun))
                .increment(rows);
    }

    public void exported(String collection, String format, long rows) {
        registry.counter("observa.export.rows", "collection", collection, "format", format).increment(rows);
    }

    public void rateLimited(String policy) {
        registry.counter("observa.rate.limit.rejections", "policy", policy).increment();
    }

    /** One attempt to deliver a webhook message, by kind and outcome, with its duration. */
    public void webhookAttempt(DeliveryKind kind, DeliveryAttempt attempt) {
        Timer.builder("observa.webhook.attempts")
                .description("Attempts to deliver webhook messages, by kind and outcome (delivered: the receiver answered"
                        + " 2xx; failed: any other answer or none)")
                .tags("kind", kind.name().toLowerCase(java.util.Locale.ROOT), "outcome",
                        attempt.succeeded() ? "delivered" : "failed")
                .register(registry)
                .record(Duration.ofMillis(attempt.latencyMillis()));
    }

    /** Refreshes the age of each active subscription's oldest undelivered change. */
    public void webhookBacklogs(List<Backlog> backlogs, Instant now) {
        if (webhookBacklogs == null) {
            return;
        }
        webhookBacklogs.register(backlogs.stream().map(backlog -> MultiGauge.Row.of(
                Tags.of("webhook", backlog.subscriptionId().toString()),
                backlog.oldestUndeliveredChangeAt() == null ? 0.0
                        : Math.max(0, Duration.between(backlog.oldestUndeliveredChangeAt(), now).toMillis() / 1000.0)))
                .toList(), true);
    }

    private double changeFeedLagSeconds() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> changes.lag(clock.instant())).toMillis() / 1000.0;
        } catch (RuntimeException e) {
            LOG.debugf("The change feed lag could not be read: %s", e.getMessage());
            return Double.NaN;
        }
    }
}
