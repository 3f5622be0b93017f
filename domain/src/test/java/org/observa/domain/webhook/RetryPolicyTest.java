package org.observa.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), Duration.ofHours(1), 10, Duration.ofHours(24));

    @Test
    void theWaitDoublesFromTheFirstDelayUpToTheLargestWithinHalfAndAllOfIt() {
        assertThat(policy.delayAfter(1, 0.0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delayAfter(1, 0.9999)).isBetween(Duration.ofMillis(9_990), Duration.ofSeconds(10));
        assertThat(policy.delayAfter(2, 0.0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(3, 0.0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.delayAfter(9, 0.0)).isEqualTo(Duration.ofSeconds(1_280));
        assertThat(policy.delayAfter(10, 0.0)).isEqualTo(Duration.ofMinutes(30));
        assertThat(policy.delayAfter(1_000, 0.0)).isEqualTo(Duration.ofMinutes(30));
        assertThat(policy.delayAfter(1_000, 0.9999)).isLessThanOrEqualTo(Duration.ofHours(1));
    }

    @Test
    void aReceiverIsTriedForAtLeastADayBeforeItsSubscriptionIsPaused() {
        Instant since = Instant.parse("2026-11-30T00:00:00Z");
        assertThat(policy.pauses(9, since, since.plus(Duration.ofDays(3)))).isFalse();
        assertThat(policy.pauses(50, since, since.plus(Duration.ofHours(23)))).isFalse();
        assertThat(policy.pauses(10, since, since.plus(Duration.ofHours(24)))).isTrue();
        // Even at the shortest waits, the retries of a day outnumber the failures that may pause it.
        Duration tried = Duration.ZERO;
        int failures = 0;
        while (tried.compareTo(Duration.ofHours(24)) < 0) {
            tried = tried.plus(policy.delayAfter(++failures, 0.0));
        }
        assertThat(failures).isGreaterThan(10);
    }

    @Test
    void theReasonOfAPauseSaysHowTheLastAttemptFailedAndHowToResume() {
        Instant since = Instant.parse("2026-11-29T08:00:00Z");
        assertThat(policy.pauseReason(10, since, new DeliveryAttempt(10, since, 503, 12, null, null)))
                .contains("10 failed attempts").contains("HTTP 503").contains("status ACTIVE");
        assertThat(policy.pauseReason(10, since, new DeliveryAttempt(10, since, null, 5000, "could not connect", null)))
                .contains("could not connect");
    }
}
