package org.observa.domain.mission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

/** What a client states about a mission, before the rules are checked. */
public record MissionDraft(
        UUID organizationId,
        String electionId,
        String countryId,
        LocalizedText title,
        LocalDate startDate,
        LocalDate endDate,
        List<LocalizedText> objectives,
        MissionStatus status,
        List<TeamMember> teamMembers,
        List<String> deploymentAreaIds,
        LocalizedText background,
        List<Source> sources,
        String notes,
        List<UUID> observationFormIds) {

    public MissionDraft {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        teamMembers = teamMembers == null ? List.of() : List.copyOf(teamMembers);
        deploymentAreaIds = deploymentAreaIds == null ? List.of() : List.copyOf(deploymentAreaIds);
        sources = sources == null ? List.of() : List.copyOf(sources);
        observationFormIds = observationFormIds == null ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(observationFormIds));
    }

    /** The same draft with another status, e.g. the default status of a new mission. */
    public MissionDraft withStatus(MissionStatus newStatus) {
        return new MissionDraft(organizationId, electionId, countryId, title, startDate, endDate, objectives, newStatus,
                teamMembers, deploymentAreaIds, background, sources, notes, observationFormIds);
    }
}
