package org.observa.api.mission;

import static org.observa.api.shared.SharedDtoMapper.toEnum;

import java.util.List;
import org.observa.api.bulk.CsvColumns;
import org.observa.api.generated.model.EngagementCreateDto;
import org.observa.api.generated.model.EngagementDto;
import org.observa.api.generated.model.EngagementKindDto;
import org.observa.api.generated.model.PersonMetDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.mission.Engagement;
import org.observa.domain.mission.EngagementDraft;
import org.observa.domain.mission.EngagementKind;
import org.observa.domain.mission.PersonMet;

final class EngagementDtoMapper {

    private EngagementDtoMapper() {
    }

    /** The CSV columns of engagements; documented in the contract, only ever appended to. */
    static final CsvColumns<Engagement> CSV = new CsvColumns<Engagement>()
            .add("id", Engagement::id)
            .add("missionId", Engagement::missionId)
            .add("kind", Engagement::kind)
            .add("startDate", Engagement::startDate)
            .add("endDate", Engagement::endDate)
            .add("divisionId", Engagement::divisionId)
            .add("place", Engagement::place)
            .add("counterpartId", Engagement::counterpartId)
            .addJson("peopleMet", Engagement::peopleMet)
            .add("summaryEn", e -> e.summary().english())
            .addJson("summaries", e -> e.summary().values())
            .add("createdAt", Engagement::createdAt)
            .add("updatedAt", Engagement::updatedAt);

    static EngagementDto toDto(Engagement e) {
        return new EngagementDto()
                .id(e.id())
                .missionId(e.missionId())
                .kind(toEnum(e.kind(), EngagementKindDto.class))
                .startDate(e.startDate())
                .endDate(e.endDate())
                .divisionId(e.divisionId())
                .place(e.place())
                .counterpartId(e.counterpartId())
                .peopleMet(toPeopleDtos(e.peopleMet()))
                .summary(SharedDtoMapper.toDto(e.summary()))
                .createdAt(SharedDtoMapper.toDto(e.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(e.updatedAt()));
    }

    /** The engagement as a create body: what a merge patch is applied to. */
    static EngagementCreateDto toWritable(Engagement e) {
        return new EngagementCreateDto()
                .kind(toEnum(e.kind(), EngagementKindDto.class))
                .startDate(e.startDate())
                .endDate(e.endDate())
                .divisionId(e.divisionId())
                .place(e.place())
                .counterpartId(e.counterpartId())
                .peopleMet(toPeopleDtos(e.peopleMet()))
                .summary(SharedDtoMapper.toDto(e.summary()));
    }

    static EngagementDraft toDraft(EngagementCreateDto dto) {
        return new EngagementDraft(toEnum(dto.getKind(), EngagementKind.class), dto.getStartDate(), dto.getEndDate(),
                dto.getDivisionId(), dto.getPlace(), dto.getCounterpartId(),
                dto.getPeopleMet() == null ? null
                        : dto.getPeopleMet().stream().map(p -> new PersonMet(p.getName(), p.getTitle())).toList(),
                SharedDtoMapper.toLocalizedText(dto.getSummary()));
    }

    private static List<PersonMetDto> toPeopleDtos(List<PersonMet> people) {
        return people.stream().map(p -> new PersonMetDto().name(p.name()).title(p.title())).toList();
    }
}
