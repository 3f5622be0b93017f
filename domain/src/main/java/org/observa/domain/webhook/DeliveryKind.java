package org.observa.domain.webhook;

/** Why a message was sent. */
public enum DeliveryKind {
    /** A change of the feed, delivered in feed order and retried until the receiver takes it. */
    CHANGE,
    /** A test message asked for by the subscription's owner; sent once. */
    PING,
    /** An earlier message sent again on request, under its original id; sent once. */
    REDELIVERY
}
