package org.observa.domain.webhook;

import java.time.Instant;

/**
 * One try to hand a message to a receiver: its HTTP status (none when no answer came), how long it took,
 * why it failed, and the first bytes of the receiver's answer.
 */
public record DeliveryAttempt(int number, Instant attemptedAt, Integer statusCode, long latencyMillis, String error,
                              String responseBody) {

    public static final int RESPONSE_BODY_LIMIT = 1024;

    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
