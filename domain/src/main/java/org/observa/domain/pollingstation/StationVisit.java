package org.observa.domain.pollingstation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An observer team's visit to a polling station during a mission: when, which part of polling day, the
 * checklist answers and the overall assessment. Its election is the station's, which is also the mission's.
 */
public record StationVisit(
        UUID id,
        UUID missionId,
        UUID stationId,
        String electionId,
        List<String> observers,
        LocalDate visitedOn,
        Instant arrivedAt,
        Instant departedAt,
        VisitPhase phase,
        Map<ChecklistQuestion, ChecklistAnswer> checklist,
        VisitAssessment assessment,
        String notes,
        Instant createdAt,
        Instant updatedAt) {

    public StationVisit {
        observers = List.copyOf(observers);
        checklist = StationVisitDraft.copyOf(checklist);
    }

    public static StationVisit create(UUID id, PollingStation station, StationVisitDraft draft, Instant now) {
        return from(id, station, draft, now, now);
    }

    public StationVisit updatedWith(PollingStation station, StationVisitDraft draft, Instant now) {
        return from(id, station, draft, createdAt, now);
    }

    public StationVisitDraft draft() {
        return new StationVisitDraft(missionId, stationId, observers, visitedOn, arrivedAt, departedAt, phase,
                checklist, assessment, notes);
    }

    private static StationVisit from(UUID id, PollingStation station, StationVisitDraft d, Instant createdAt,
                                     Instant updatedAt) {
        return new StationVisit(id, d.missionId(), station.id(), station.electionId(), d.observers(), d.visitedOn(),
                d.arrivedAt(), d.departedAt(), d.phase(), d.checklist(), d.assessment(), d.notes(), createdAt, updatedAt);
    }
}
