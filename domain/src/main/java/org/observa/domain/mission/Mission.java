package org.observa.domain.mission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

/**
 * One observer organisation's mission to one election. {@code sortDate} is the day the mission is listed
 * under: its start, or its election's polling day when the start is unknown (reports of past missions
 * often do not give their dates).
 */
public record Mission(
        UUID id,
        UUID organizationId,
        String electionId,
        String countryId,
        LocalizedText title,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate sortDate,
        List<LocalizedText> objectives,
        MissionStatus status,
        List<TeamMember> teamMembers,
        List<String> deploymentAreaIds,
        LocalizedText background,
        List<Source> sources,
        String notes,
        List<UUID> observationFormIds,
        Instant createdAt,
        Instant updatedAt) {

    public Mission {
        objectives = List.copyOf(objectives);
        teamMembers = List.copyOf(teamMembers);
        deploymentAreaIds = List.copyOf(deploymentAreaIds);
        sources = List.copyOf(sources);
        observationFormIds = List.copyOf(observationFormIds);
    }

    public static Mission create(UUID id, MissionDraft draft, LocalDate sortDate, Instant now) {
        return from(id, draft, sortDate, now, now);
    }

    public Mission updatedWith(MissionDraft draft, LocalDate sortDate, Instant now) {
        return from(id, draft, sortDate, createdAt, now);
    }

    public MissionDraft draft() {
        return new MissionDraft(organizationId, electionId, countryId, title, startDate, endDate, objectives, status,
                teamMembers, deploymentAreaIds, background, sources, notes, observationFormIds);
    }

    public DateSpan engagementDays() {
        return DateSpan.engagementsOf(startDate, endDate);
    }

    private static Mission from(UUID id, MissionDraft d, LocalDate sortDate, Instant createdAt, Instant updatedAt) {
        return new Mission(id, d.organizationId(), d.electionId(), d.countryId(), d.title(), d.startDate(), d.endDate(),
                sortDate, d.objectives(), d.status(), d.teamMembers(), d.deploymentAreaIds(), d.background(),
                d.sources(), d.notes(), d.observationFormIds(), createdAt, updatedAt);
    }
}
