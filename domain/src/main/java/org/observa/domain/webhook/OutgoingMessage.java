package org.observa.domain.webhook;

import java.util.UUID;
import org.observa.domain.partner.ChangePosition;

/** A message about to be sent: the bytes to sign and send, and for a change, where the subscription moves once it is taken. */
public record OutgoingMessage(UUID deliveryId, UUID messageId, UUID subscriptionId, DeliveryKind kind, String payload,
                              ChangePosition position, int attemptNumber) {
}
