package org.observa.api.party;

import static org.observa.api.shared.SharedDtoMapper.toEnum;

import org.observa.api.bulk.CsvColumns;
import org.observa.api.generated.model.ParticipationCreateDto;
import org.observa.api.generated.model.ParticipationDto;
import org.observa.api.generated.model.ParticipationStatusDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.party.Participation;
import org.observa.domain.party.ParticipationDraft;
import org.observa.domain.party.ParticipationStatus;

final class ParticipationDtoMapper {

    private ParticipationDtoMapper() {
    }

    /** The CSV columns of participations; documented in the contract, only ever appended to. */
    static final CsvColumns<NamedParticipation> CSV = new CsvColumns<NamedParticipation>()
            .add("id", n -> n.participation().id())
            .add("electionId", n -> n.participation().electionId())
            .add("partyId", n -> n.participation().partyId())
            .add("partyNameEn", n -> n.party().name().english())
            .add("partyAbbreviation", n -> n.party().abbreviation())
            .add("status", n -> n.participation().status())
            .add("statusDate", n -> n.participation().statusDate())
            .add("reasonEn", n -> n.participation().reason() == null ? null : n.participation().reason().english())
            .addJson("reasons", n -> SharedDtoMapper.toDto(n.participation().reason()))
            .addJson("sources", n -> SharedDtoMapper.toSourceDtos(n.participation().sources()))
            .add("notes", n -> n.participation().notes())
            .add("createdAt", n -> n.participation().createdAt())
            .add("updatedAt", n -> n.participation().updatedAt());

    static ParticipationDto toDto(NamedParticipation named) {
        Participation p = named.participation();
        return new ParticipationDto()
                .id(p.id())
                .electionId(p.electionId())
                .partyId(p.partyId())
                .partyName(SharedDtoMapper.toDto(named.party().name()))
                .partyAbbreviation(named.party().abbreviation())
                .status(toEnum(p.status(), ParticipationStatusDto.class))
                .statusDate(p.statusDate())
                .reason(SharedDtoMapper.toDto(p.reason()))
                .sources(SharedDtoMapper.toSourceDtos(p.sources()))
                .notes(p.notes())
                .createdAt(SharedDtoMapper.toDto(p.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(p.updatedAt()));
    }

    /** The participation as a create body: what a merge patch is applied to. */
    static ParticipationCreateDto toWritable(Participation p) {
        return new ParticipationCreateDto()
                .partyId(p.partyId())
                .status(toEnum(p.status(), ParticipationStatusDto.class))
                .statusDate(p.statusDate())
                .reason(SharedDtoMapper.toDto(p.reason()))
                .sources(SharedDtoMapper.toSourceDtos(p.sources()))
                .notes(p.notes());
    }

    static ParticipationDraft toDraft(ParticipationCreateDto dto) {
        return new ParticipationDraft(dto.getPartyId(), toEnum(dto.getStatus(), ParticipationStatus.class),
                dto.getStatusDate(), SharedDtoMapper.toOptionalLocalizedText(dto.getReason()),
                SharedDtoMapper.toSources(dto.getSources()), dto.getNotes());
    }
}
