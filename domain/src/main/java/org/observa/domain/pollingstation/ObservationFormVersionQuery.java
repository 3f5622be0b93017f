package org.observa.domain.pollingstation;

import java.time.Instant;
import java.util.UUID;

/** Filters of the form-version list and export; a null filter does not restrict. */
public record ObservationFormVersionQuery(UUID formId, FormVersionStatus status, Instant updatedSince) {
}
