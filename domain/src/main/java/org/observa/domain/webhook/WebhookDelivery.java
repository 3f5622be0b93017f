package org.observa.domain.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.observa.domain.partner.Change;

/**
 * A message for a subscription and every attempt to deliver it. {@code messageId} is the {@code webhook-id} the
 * receiver sees: the same on every attempt and on a redelivery, so that a receiver can drop what it already has.
 * {@code change} is the change a CHANGE message carries; {@code nextAttemptAt} when a pending message is tried next.
 */
public record WebhookDelivery(UUID id, UUID subscriptionId, UUID messageId, DeliveryKind kind, String eventType,
                              Change change, String payload, DeliveryStatus status, Instant createdAt,
                              Instant finishedAt, Instant nextAttemptAt, List<DeliveryAttempt> attempts) {

    public WebhookDelivery {
        attempts = List.copyOf(attempts);
    }
}
