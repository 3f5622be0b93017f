package org.observa.domain.pollingstation;

import java.util.UUID;

/**
 * Filters of the steps of incidents' histories, by their incident; a null filter does not restrict. As with
 * incidents, {@code visibility} leaves out the steps of incidents the reader may not see.
 */
public record IncidentStatusChangeQuery(UUID incidentId, UUID missionId, String electionId,
                                        IncidentVisibility visibility) {
}
