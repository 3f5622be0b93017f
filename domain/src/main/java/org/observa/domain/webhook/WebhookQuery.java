package org.observa.domain.webhook;

import java.util.UUID;

/** Which subscriptions to list: one organisation's, or (null) every one. */
public record WebhookQuery(UUID organizationId) {
}
