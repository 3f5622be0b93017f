package org.observa.domain.tabulation;

import java.util.UUID;

/** Filters of the sample list; a null filter does not restrict. Samples the reader may not see are left out. */
public record SampleQuery(UUID missionId, String electionId, SampleVisibility visibility) {
}
