package org.observa.domain.pollingstation;

import java.time.Instant;
import java.util.UUID;

/**
 * One step of an incident's history: from which status to which, why, when and by whom (the API key's id and
 * organisation; both absent for the bootstrap administrator key). The first step of every incident is its
 * report, from no status to REPORTED.
 */
public record IncidentStatusChange(
        UUID id,
        UUID incidentId,
        IncidentStatus from,
        IncidentStatus to,
        String reason,
        UUID changedByKeyId,
        UUID changedByOrganizationId,
        Instant changedAt) {
}
