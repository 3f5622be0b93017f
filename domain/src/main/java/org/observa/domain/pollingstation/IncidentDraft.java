package org.observa.domain.pollingstation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

/**
 * What a client states about an incident, before the rules are checked. {@code divisionId} is given when the
 * incident happened away from a station; at a station it is the station's. The status is not part of it: it
 * changes only through a status change, which is recorded.
 */
public record IncidentDraft(
        UUID missionId,
        UUID stationId,
        String divisionId,
        GeoPoint location,
        Instant occurredAt,
        IncidentCategory category,
        IncidentSeverity severity,
        LocalizedText description,
        String involved,
        List<Source> sources) {

    public IncidentDraft {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
