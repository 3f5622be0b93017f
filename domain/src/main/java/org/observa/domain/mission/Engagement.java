package org.observa.domain.mission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.LocalizedText;

/** A meeting, interview, briefing, hearing or observed campaign event during a mission. */
public record Engagement(
        UUID id,
        UUID missionId,
        EngagementKind kind,
        LocalDate startDate,
        LocalDate endDate,
        String divisionId,
        String place,
        UUID counterpartId,
        List<PersonMet> peopleMet,
        LocalizedText summary,
        Instant createdAt,
        Instant updatedAt) {

    public Engagement {
        peopleMet = List.copyOf(peopleMet);
    }

    public static Engagement create(UUID id, UUID missionId, EngagementDraft draft, Instant now) {
        return from(id, missionId, draft, now, now);
    }

    public Engagement updatedWith(EngagementDraft draft, Instant now) {
        return from(id, missionId, draft, createdAt, now);
    }

    public EngagementDraft draft() {
        return new EngagementDraft(kind, startDate, endDate, divisionId, place, counterpartId, peopleMet, summary);
    }

    /** The last day of the engagement: its end date, or its start date when it lasted one day. */
    public LocalDate lastDay() {
        return endDate != null ? endDate : startDate;
    }

    private static Engagement from(UUID id, UUID missionId, EngagementDraft d, Instant createdAt, Instant updatedAt) {
        return new Engagement(id, missionId, d.kind(), d.startDate(), d.endDate(), d.divisionId(), d.place(),
                d.counterpartId(), d.peopleMet(), d.summary(), createdAt, updatedAt);
    }
}
