package org.observa.domain.webhook;

public enum DeliveryStatus {
    /** Not yet taken by the receiver: waiting for its first or next attempt. */
    PENDING,
    /** A receiver answered 2xx. */
    DELIVERED,
    /** A ping or redelivery whose one attempt failed. */
    FAILED
}
