package org.observa.domain.pollingstation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

/**
 * A serious event a mission's observers report: where (a station, or a division and optionally a point), when,
 * what kind and how serious, and where it stands in its follow-up. Its election is the mission's; its division
 * is its station's when it happened at one.
 */
public record Incident(
        UUID id,
        UUID missionId,
        String electionId,
        UUID stationId,
        String divisionId,
        GeoPoint location,
        Instant occurredAt,
        IncidentCategory category,
        IncidentSeverity severity,
        LocalizedText description,
        String involved,
        List<Source> sources,
        IncidentStatus status,
        Instant createdAt,
        Instant updatedAt) {

    public Incident {
        sources = List.copyOf(sources);
    }

    /** The draft that states this incident; its division only when no station gives it. */
    public IncidentDraft draft() {
        return new IncidentDraft(missionId, stationId, stationId == null ? divisionId : null, location, occurredAt,
                category, severity, description, involved, sources);
    }

    static Incident reported(UUID id, String electionId, String divisionId, IncidentDraft draft, Instant now) {
        return from(id, electionId, divisionId, draft, IncidentStatus.REPORTED, now, now);
    }

    Incident with(String divisionId, IncidentDraft draft, Instant updatedAt) {
        return from(id, electionId, divisionId, draft, status, createdAt, updatedAt);
    }

    private static Incident from(UUID id, String electionId, String divisionId, IncidentDraft d, IncidentStatus status,
                                 Instant createdAt, Instant updatedAt) {
        return new Incident(id, d.missionId(), electionId, d.stationId(), divisionId, d.location(), d.occurredAt(),
                d.category(), d.severity(), d.description(), d.involved(), d.sources(), status, createdAt, updatedAt);
    }

    Incident inStatus(IncidentStatus next, Instant updatedAt) {
        return new Incident(id, missionId, electionId, stationId, divisionId, location, occurredAt, category, severity,
                description, involved, sources, next, createdAt, updatedAt);
    }
}
