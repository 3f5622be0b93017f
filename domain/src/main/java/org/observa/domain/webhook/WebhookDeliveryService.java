package org.observa.domain.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.DoubleSupplier;
import org.observa.domain.partner.Change;
import org.observa.domain.partner.ChangePosition;
import org.observa.domain.partner.ChangeRepository;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;

/**
 * Delivers the change feed to subscriptions: at least once and in feed order per subscription. A subscription
 * sends one change at a time; the next waits until a receiver has answered 2xx to it (so a receiver never sees a
 * change before an earlier one), and a failed change is retried after a growing wait until it is taken or the
 * subscription is paused. Pings and redeliveries go beside the feed, once each.
 *
 * <p>Each method is one unit of work for the caller to run in its own transaction; sending is the caller's.</p>
 */
public class WebhookDeliveryService {

    static final String DELIVERY = "webhook delivery";

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final ChangeRepository changes;
    private final WebhookService subscriptions;
    private final MessageFactory messages;
    private final RetryPolicy retries;
    private final Clock clock;
    private final DoubleSupplier random;

    public WebhookDeliveryService(WebhookRepository webhooks, WebhookDeliveryRepository deliveries,
                                  ChangeRepository changes, WebhookService subscriptions, MessageFactory messages, RetryPolicy retries,
                                  Clock clock, DoubleSupplier random) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.changes = changes;
        this.subscriptions = subscriptions;
        this.messages = messages;
        this.retries = retries;
        this.clock = clock;
        this.random = random;
    }

    public Optional<UUID> claim(String owner, Duration lease) {
        return deliveries.claim(owner, lease);
    }

    public void release(UUID subscriptionId, String owner) {
        deliveries.release(subscriptionId, owner);
    }

    /** The pings and redeliveries waiting for a subscription. */
    public List<OutgoingMessage> besideTheFeed(UUID subscriptionId, int limit) {
        return deliveries.waitingBesideTheFeed(subscriptionId, limit).stream()
                .map(delivery -> outgoing(delivery, null)).toList();
    }

    /**
     * The change message a subscription is to send now: the one it is retrying, or else the next change it asks
     * for (stored first, so that every attempt sends the same message). Empty when the subscription is paused,
     * waiting to retry, or has sent everything; in the last case it moves past the changes it does not ask for.
     */
    public Optional<OutgoingMessage> nextChangeMessage(UUID subscriptionId) {
        Optional<Webhook> webhook = webhooks.byId(subscriptionId).filter(Webhook::isActive);
        Optional<WebhookDeliveryRepository.Cursor> cursor = deliveries.cursor(subscriptionId);
        Instant now = clock.instant();
        if (webhook.isEmpty() || cursor.isEmpty() || cursor.get().nextAttemptAt().isAfter(now)) {
            return Optional.empty();
        }
        if (cursor.get().pendingDeliveryId() != null) {
            return deliveries.byId(subscriptionId, cursor.get().pendingDeliveryId())
                    .map(delivery -> outgoing(delivery, delivery.change().position()));
        }
        // Taken before the search: every change below it is final, so finding none there lets the subscription skip to it.
        ChangePosition settled = changes.beforeRunningTransactions();
        Optional<Change> next = changes.after(cursor.get().after(), webhook.get().changes(), 1).stream().findFirst();
        if (next.isEmpty()) {
            deliveries.skipTo(subscriptionId, settled);
            return Optional.empty();
        }
        Change change = next.get();
        UUID id = UUID.randomUUID();
        WebhookDelivery delivery = new WebhookDelivery(id, subscriptionId, id, DeliveryKind.CHANGE, eventType(change),
                change, messages.changeMessage(webhook.get(), change), DeliveryStatus.PENDING,
                Timestamps.now(clock), null, null, List.of());
        deliveries.enqueue(delivery);
        return Optional.of(outgoing(delivery, change.position()));
    }

    /** The secrets that sign a subscription's messages now. */
    public List<String> signingSecrets(UUID subscriptionId) {
        return webhooks.secrets(subscriptionId).signingAt(clock.instant());
    }

    /**
     * Records what became of an attempt. A change that was taken moves the subscription past it; one that was not
     * is tried again later, and a subscription that fails long enough is paused with the reason.
     */
    public void recordAttempt(OutgoingMessage message, DeliveryAttempt attempt, String owner) {
        if (message.kind() != DeliveryKind.CHANGE) {
            deliveries.recordAttempt(message.deliveryId(), attempt,
                    attempt.succeeded() ? DeliveryStatus.DELIVERED : DeliveryStatus.FAILED);
            return;
        }
        if (attempt.succeeded()) {
            deliveries.recordAttempt(message.deliveryId(), attempt, DeliveryStatus.DELIVERED);
            deliveries.advance(message.subscriptionId(), owner, message.position(), clock.instant());
            return;
        }
        deliveries.recordAttempt(message.deliveryId(), attempt, DeliveryStatus.PENDING);
        Optional<WebhookDeliveryRepository.Cursor> cursor = deliveries.cursor(message.subscriptionId());
        if (cursor.isEmpty()) {
            return;
        }
        int failures = cursor.get().consecutiveFailures() + 1;
        Instant failingSince = cursor.get().failingSince() != null ? cursor.get().failingSince() : attempt.attemptedAt();
        Instant now = clock.instant();
        if (retries.pauses(failures, failingSince, now)) {
            subscriptions.pauseForFailures(message.subscriptionId(), retries.pauseReason(failures, failingSince, attempt));
            deliveries.retryLater(message.subscriptionId(), owner, failures, failingSince, now);
        } else {
            deliveries.retryLater(message.subscriptionId(), owner, failures, failingSince,
                    now.plus(retries.delayAfter(failures, random.getAsDouble())));
        }
    }

    /** Queues a test message for a subscription (also a paused one, to test its receiver before resuming it). */
    public WebhookDelivery ping(Webhook webhook) {
        UUID id = UUID.randomUUID();
        WebhookDelivery delivery = new WebhookDelivery(id, webhook.id(), id, DeliveryKind.PING, "ping", null,
                messages.pingMessage(webhook, clock.instant()), DeliveryStatus.PENDING, Timestamps.now(clock), null,
                null, List.of());
        deliveries.enqueue(delivery);
        return delivery;
    }

    /** Queues an earlier message to be sent again, once, with its original id and payload. */
    public WebhookDelivery redeliver(Webhook webhook, UUID deliveryId) {
        WebhookDelivery original = get(webhook.id(), deliveryId);
        WebhookDelivery delivery = new WebhookDelivery(UUID.randomUUID(), webhook.id(), original.messageId(),
                DeliveryKind.REDELIVERY, original.eventType(), original.change(), original.payload(),
                DeliveryStatus.PENDING, Timestamps.now(clock), null, null, List.of());
        deliveries.enqueue(delivery);
        return delivery;
    }

    public WebhookDelivery get(UUID subscriptionId, UUID deliveryId) {
        return deliveries.byId(subscriptionId, deliveryId)
                .orElseThrow(() -> new NotFoundException(DELIVERY, deliveryId.toString()));
    }

    public Page<WebhookDelivery> log(UUID subscriptionId, DeliveryStatus status, PageRequest page) {
        return deliveries.log(subscriptionId, status, page);
    }

    public int forgetFinishedBefore(Instant before) {
        return deliveries.forgetFinishedBefore(before);
    }

    public List<WebhookDeliveryRepository.Backlog> backlogs() {
        return deliveries.backlogs();
    }

    /** {@code mission.created}, {@code polling-station.deleted}: the resource type and what happened to it. */
    public static String eventType(Change change) {
        String happened = switch (change.operation()) {
            case CREATE -> "created";
            case UPDATE -> "updated";
            case DELETE -> "deleted";
        };
        return change.type().toLowerCase(Locale.ROOT) + "." + happened;
    }

    private static OutgoingMessage outgoing(WebhookDelivery delivery, ChangePosition position) {
        return new OutgoingMessage(delivery.id(), delivery.messageId(), delivery.subscriptionId(), delivery.kind(),
                delivery.payload(), position, delivery.attempts().size() + 1);
    }
}
