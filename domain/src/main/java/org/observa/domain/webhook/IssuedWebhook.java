package org.observa.domain.webhook;

/** A subscription with its new signing secret, shown in this answer only. */
public record IssuedWebhook(Webhook webhook, String secret) {
}
