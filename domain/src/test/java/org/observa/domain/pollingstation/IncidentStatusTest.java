package org.observa.domain.pollingstation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observa.domain.pollingstation.IncidentStatus.DISMISSED;
import static org.observa.domain.pollingstation.IncidentStatus.REPORTED;
import static org.observa.domain.pollingstation.IncidentStatus.RESOLVED;
import static org.observa.domain.pollingstation.IncidentStatus.UNDER_REVIEW;
import static org.observa.domain.pollingstation.IncidentStatus.VERIFIED;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentStatusTest {

    @Test
    void theWorkflowAllowsExactlyTheDocumentedSteps() {
        assertThat(REPORTED.next()).containsExactly(UNDER_REVIEW);
        assertThat(UNDER_REVIEW.next()).containsExactlyInAnyOrder(VERIFIED, DISMISSED);
        assertThat(VERIFIED.next()).containsExactly(RESOLVED);
        assertThat(DISMISSED.next()).containsExactly(UNDER_REVIEW);
        assertThat(RESOLVED.next()).isEmpty();
    }

    @Test
    void noStatusMovesToItselfAndNothingSkipsTheReview() {
        for (IncidentStatus status : IncidentStatus.values()) {
            assertThat(status.canMoveTo(status)).as(status.name()).isFalse();
        }
        Set<IncidentStatus> afterReview = EnumSet.of(VERIFIED, DISMISSED, RESOLVED);
        afterReview.forEach(target -> assertThat(REPORTED.canMoveTo(target)).as(target.name()).isFalse());
        assertThat(DISMISSED.canMoveTo(RESOLVED)).isFalse();
    }
}
