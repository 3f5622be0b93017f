package org.observa.domain.webhook;

/** Whether a subscription's changes are being delivered. */
public enum WebhookStatus {
    ACTIVE,
    /** Nothing is delivered; the subscription keeps its place in the feed and resumes from there. */
    PAUSED
}
