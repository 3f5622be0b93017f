package org.observa.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.observa.domain.partner.Change;
import org.observa.domain.partner.ChangePosition;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/**
 * Port: where each subscription stands in the change feed, the messages waiting for it, and the log of every
 * attempt. Every method is one short unit of work; none is held open while a receiver is called.
 */
public interface WebhookDeliveryRepository {

    /**
     * Leases, for {@code owner}, one subscription that has something to send now (a change after its position
     * while it is active and due, or a ping or redelivery), and that no other instance holds a lease on.
     */
    Optional<UUID> claim(String owner, Duration lease);

    void release(UUID subscriptionId, String owner);

    /** The state of a subscription's delivery, or empty when it was deleted meanwhile. */
    Optional<Cursor> cursor(UUID subscriptionId);

    /** Moves a subscription past changes it does not ask for; never backwards. */
    void skipTo(UUID subscriptionId, ChangePosition position);

    /** Stores a new message; a CHANGE message becomes the head the subscription retries until it is taken. */
    void enqueue(WebhookDelivery delivery);

    Optional<WebhookDelivery> byId(UUID subscriptionId, UUID deliveryId);

    /** The pings and redeliveries of a subscription still to send. */
    List<WebhookDelivery> waitingBesideTheFeed(UUID subscriptionId, int limit);

    /** The representation last delivered to a subscription for a resource: a deleted resource's last known state. */
    Optional<String> lastDeliveredPayload(UUID subscriptionId, String type, String id);

    /** Logs an attempt and, when it ended the message's life, its final status. */
    void recordAttempt(UUID deliveryId, DeliveryAttempt attempt, DeliveryStatus status);

    /**
     * After a receiver took a change: the subscription moves past it, its failures are forgotten and its next
     * change is due at once. False when {@code owner} no longer holds the lease (another instance took over).
     */
    boolean advance(UUID subscriptionId, String owner, ChangePosition position, Instant now);

    /** After a failed change message: counts the failure and says when to try again. */
    void retryLater(UUID subscriptionId, String owner, int failures, Instant failingSince, Instant nextAttemptAt);

    /** Forgets a paused subscription's failures, so that it is tried at once when resumed. */
    void resetFailures(UUID subscriptionId, Instant now);

    Page<WebhookDelivery> log(UUID subscriptionId, DeliveryStatus status, PageRequest page);

    /** Deletes the finished messages older than {@code before}; returns how many. */
    int forgetFinishedBefore(Instant before);

    /** For each active subscription, when the oldest change it has not yet delivered was made (absent when it is up to date). */
    List<Backlog> backlogs();

    /** Where a subscription's delivery stands. */
    record Cursor(ChangePosition after, UUID pendingDeliveryId, int consecutiveFailures, Instant failingSince,
                  Instant nextAttemptAt) {
    }

    record Backlog(UUID subscriptionId, Instant oldestUndeliveredChangeAt) {
    }
}
