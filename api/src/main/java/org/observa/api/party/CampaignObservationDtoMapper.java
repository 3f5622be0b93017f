package org.observa.api.party;

import static org.observa.api.shared.SharedDtoMapper.toEnum;

import java.util.List;
import org.observa.api.bulk.CsvColumns;
import org.observa.api.generated.model.CampaignConcernDto;
import org.observa.api.generated.model.CampaignEventKindDto;
import org.observa.api.generated.model.CampaignObservationCreateDto;
import org.observa.api.generated.model.CampaignObservationDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.party.CampaignConcern;
import org.observa.domain.party.CampaignEventKind;
import org.observa.domain.party.CampaignObservation;
import org.observa.domain.party.CampaignObservationDraft;

final class CampaignObservationDtoMapper {

    private CampaignObservationDtoMapper() {
    }

    /** The CSV columns of campaign observations; documented in the contract, only ever appended to. */
    static final CsvColumns<CampaignObservation> CSV = new CsvColumns<CampaignObservation>()
            .add("id", CampaignObservation::id)
            .add("missionId", CampaignObservation::missionId)
            .add("partyId", CampaignObservation::partyId)
            .add("observedOn", CampaignObservation::observedOn)
            .add("observedUntil", CampaignObservation::observedUntil)
            .add("divisionId", CampaignObservation::divisionId)
            .add("place", CampaignObservation::place)
            .add("kind", CampaignObservation::kind)
            .addJson("concerns", CampaignObservation::concerns)
            .add("notesEn", o -> o.notes() == null ? null : o.notes().english())
            .addJson("notes", o -> SharedDtoMapper.toDto(o.notes()))
            .add("createdAt", CampaignObservation::createdAt)
            .add("updatedAt", CampaignObservation::updatedAt);

    static CampaignObservationDto toDto(CampaignObservation o) {
        return new CampaignObservationDto()
                .id(o.id())
                .missionId(o.missionId())
                .partyId(o.partyId())
                .observedOn(o.observedOn())
                .observedUntil(o.observedUntil())
                .divisionId(o.divisionId())
                .place(o.place())
                .kind(toEnum(o.kind(), CampaignEventKindDto.class))
                .concerns(toConcernDtos(o.concerns()))
                .notes(SharedDtoMapper.toDto(o.notes()))
                .createdAt(SharedDtoMapper.toDto(o.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(o.updatedAt()));
    }

    /** The observation as a create body: what a merge patch is applied to. */
    static CampaignObservationCreateDto toWritable(CampaignObservation o) {
        return new CampaignObservationCreateDto()
                .missionId(o.missionId())
                .partyId(o.partyId())
                .observedOn(o.observedOn())
                .observedUntil(o.observedUntil())
                .divisionId(o.divisionId())
                .place(o.place())
                .kind(toEnum(o.kind(), CampaignEventKindDto.class))
                .concerns(toConcernDtos(o.concerns()))
                .notes(SharedDtoMapper.toDto(o.notes()));
    }

    static CampaignObservationDraft toDraft(CampaignObservationCreateDto dto) {
        return new CampaignObservationDraft(dto.getMissionId(), dto.getPartyId(), dto.getObservedOn(),
                dto.getObservedUntil(), dto.getDivisionId(), dto.getPlace(),
                toEnum(dto.getKind(), CampaignEventKind.class),
                dto.getConcerns() == null ? null
                        : dto.getConcerns().stream().map(c -> toEnum(c, CampaignConcern.class)).toList(),
                SharedDtoMapper.toOptionalLocalizedText(dto.getNotes()));
    }

    private static List<CampaignConcernDto> toConcernDtos(List<CampaignConcern> concerns) {
        return concerns.stream().map(c -> toEnum(c, CampaignConcernDto.class)).toList();
    }
}
