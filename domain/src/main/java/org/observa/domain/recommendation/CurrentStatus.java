package org.observa.domain.recommendation;

import java.util.List;

/**
 * A recommendation's current status: its latest assessment's — the one assessed last, and of those
 * assessed the same day the one recorded last — or NOT_ASSESSED while it has none.
 */
public final class CurrentStatus {

    private CurrentStatus() {
    }

    /** @param assessments a recommendation's assessments, in any order of dates but in the order they were recorded */
    public static ImplementationStatus of(List<Assessment> assessments) {
        Assessment latest = null;
        for (Assessment assessment : assessments) {
            if (latest == null || !assessment.assessedOn().isBefore(latest.assessedOn())) {
                latest = assessment;
            }
        }
        return latest == null ? ImplementationStatus.NOT_ASSESSED : latest.status();
    }
}
