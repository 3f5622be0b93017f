package org.observa.domain.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed change message is tried again, and when a subscription that keeps failing is paused. The
 * wait doubles from {@code firstDelay} up to {@code maxDelay}, each wait drawn between half and all of it
 * ("equal jitter", so that receivers coming back are not hit by every subscription at once). A subscription is
 * paused only once both {@code pauseAfterFailures} attempts in a row have failed and it has been failing for
 * {@code pauseAfterPeriod}: a receiver that is down for a night loses nothing.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int pauseAfterFailures, Duration pauseAfterPeriod) {

    public RetryPolicy {
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("retry delays must be positive, the first at most the largest");
        }
        if (pauseAfterFailures < 1 || pauseAfterPeriod.isNegative()) {
            throw new IllegalArgumentException("a subscription is paused after at least one failure, over a period of zero or more");
        }
    }

    /** How long to wait after the {@code failures}-th failure in a row; {@code random} is uniform in [0, 1). */
    public Duration delayAfter(int failures, double random) {
        long max = maxDelay.toMillis();
        long full = firstDelay.toMillis();
        for (int failure = 1; failure < failures && full < max; failure++) {
            full = Math.min(max, full * 2);
        }
        long half = full / 2;
        return Duration.ofMillis(half + (long) (random * (full - half + 1)));
    }

    public boolean pauses(int failures, Instant failingSince, Instant now) {
        return failures >= pauseAfterFailures && !now.isBefore(failingSince.plus(pauseAfterPeriod));
    }

    public String pauseReason(int failures, Instant failingSince, DeliveryAttempt last) {
        String answer = last.statusCode() != null ? "HTTP " + last.statusCode() : last.error();
        return "Paused after " + failures + " failed attempts in a row since " + failingSince
                + "; the last one: " + answer + ". Resume it (status ACTIVE) to deliver from where it stopped.";
    }
}
