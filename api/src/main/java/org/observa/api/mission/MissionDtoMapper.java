package org.observa.api.mission;

import static org.observa.api.shared.SharedDtoMapper.toEnum;

import java.util.List;
import java.util.Map;
import org.observa.api.bulk.CsvColumns;
import org.observa.api.generated.model.MissionCreateDto;
import org.observa.api.generated.model.MissionDto;
import org.observa.api.generated.model.MissionStatusDto;
import org.observa.api.generated.model.TeamMemberDto;
import org.observa.api.generated.model.TeamRoleDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.mission.Mission;
import org.observa.domain.mission.MissionDraft;
import org.observa.domain.mission.MissionStatus;
import org.observa.domain.mission.TeamMember;
import org.observa.domain.mission.TeamRole;
import org.observa.domain.shared.LocalizedText;

final class MissionDtoMapper {

    private MissionDtoMapper() {
    }

    /** The CSV columns of missions; documented in the contract, only ever appended to. */
    static final CsvColumns<Mission> CSV = new CsvColumns<Mission>()
            .add("id", Mission::id)
            .add("organizationId", Mission::organizationId)
            .add("electionId", Mission::electionId)
            .add("countryId", Mission::countryId)
            .add("titleEn", m -> m.title().english())
            .add("status", Mission::status)
            .add("startDate", Mission::startDate)
            .add("endDate", Mission::endDate)
            .add("deploymentAreaIds", m -> String.join(";", m.deploymentAreaIds()))
            .addJson("teamMembers", Mission::teamMembers)
            .addJson("objectives", m -> m.objectives().stream().map(o -> o.values()).toList())
            .addJson("titles", m -> m.title().values())
            .addJson("sources", Mission::sources)
            .add("notes", Mission::notes)
            .add("createdAt", Mission::createdAt)
            .add("updatedAt", Mission::updatedAt)
            .add("observationFormIds", m -> String.join(";", m.observationFormIds().stream().map(Object::toString).toList()));

    static MissionDto toDto(Mission m) {
        return new MissionDto()
                .id(m.id())
                .organizationId(m.organizationId())
                .electionId(m.electionId())
                .countryId(m.countryId())
                .title(SharedDtoMapper.toDto(m.title()))
                .startDate(m.startDate())
                .endDate(m.endDate())
                .objectives(m.objectives().stream().map(SharedDtoMapper::toDto).toList())
                .status(toEnum(m.status(), MissionStatusDto.class))
                .teamMembers(toTeamDtos(m.teamMembers()))
                .deploymentAreaIds(m.deploymentAreaIds())
                .observationFormIds(m.observationFormIds())
                .background(SharedDtoMapper.toDto(m.background()))
                .sources(SharedDtoMapper.toSourceDtos(m.sources()))
                .notes(m.notes())
                .createdAt(SharedDtoMapper.toDto(m.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(m.updatedAt()));
    }

    /** The mission as a create body: what a merge patch is applied to. */
    static MissionCreateDto toWritable(Mission m) {
        return new MissionCreateDto()
                .organizationId(m.organizationId())
                .electionId(m.electionId())
                .countryId(m.countryId())
                .title(SharedDtoMapper.toDto(m.title()))
                .startDate(m.startDate())
                .endDate(m.endDate())
                .objectives(m.objectives().stream().map(SharedDtoMapper::toDto).toList())
                .status(toEnum(m.status(), MissionStatusDto.class))
                .teamMembers(toTeamDtos(m.teamMembers()))
                .deploymentAreaIds(m.deploymentAreaIds())
                .observationFormIds(m.observationFormIds())
                .background(SharedDtoMapper.toDto(m.background()))
                .sources(SharedDtoMapper.toSourceDtos(m.sources()))
                .notes(m.notes());
    }

    static MissionDraft toDraft(MissionCreateDto dto) {
        return new MissionDraft(dto.getOrganizationId(), dto.getElectionId(), dto.getCountryId(),
                SharedDtoMapper.toLocalizedText(dto.getTitle()), dto.getStartDate(), dto.getEndDate(),
                dto.getObjectives() == null ? null
                        : dto.getObjectives().stream().map(SharedDtoMapper::toLocalizedText).toList(),
                toEnum(dto.getStatus(), MissionStatus.class),
                dto.getTeamMembers() == null ? null : dto.getTeamMembers().stream()
                        .map(t -> new TeamMember(t.getName(), toEnum(t.getRole(), TeamRole.class))).toList(),
                dto.getDeploymentAreaIds(), SharedDtoMapper.toOptionalLocalizedText(dto.getBackground()),
                SharedDtoMapper.toSources(dto.getSources()), dto.getNotes(), dto.getObservationFormIds());
    }

    private static List<TeamMemberDto> toTeamDtos(List<TeamMember> team) {
        return team.stream().map(t -> new TeamMemberDto().name(t.name()).role(toEnum(t.role(), TeamRoleDto.class)))
                .toList();
    }
}
