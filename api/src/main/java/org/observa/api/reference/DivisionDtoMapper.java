package org.observa.api.reference;

import static org.observa.api.shared.SharedDtoMapper.toEnum;

import org.observa.api.bulk.CsvColumns;
import org.observa.api.generated.model.DivisionCreateDto;
import org.observa.api.generated.model.DivisionDto;
import org.observa.api.generated.model.DivisionLevelDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.reference.Division;
import org.observa.domain.reference.DivisionDraft;
import org.observa.domain.reference.DivisionLevel;

final class DivisionDtoMapper {

    private DivisionDtoMapper() {
    }

    /** The CSV columns of divisions; documented in the contract, only ever appended to. */
    static final CsvColumns<Division> CSV = new CsvColumns<Division>()
            .add("id", Division::id)
            .add("countryId", Division::countryId)
            .add("level", Division::level)
            .add("parentId", Division::parentId)
            .add("nameEn", d -> d.name().english())
            .addJson("names", d -> d.name().values())
            .addJson("identifiers", d -> SharedDtoMapper.toIdentifierDtos(d.identifiers()))
            .add("createdAt", Division::createdAt)
            .add("updatedAt", Division::updatedAt);

    static DivisionDto toDto(Division division) {
        return new DivisionDto()
                .id(division.id())
                .countryId(division.countryId())
                .level(toEnum(division.level(), DivisionLevelDto.class))
                .parentId(division.parentId())
                .name(SharedDtoMapper.toDto(division.name()))
                .identifiers(SharedDtoMapper.toIdentifierDtos(division.identifiers()))
                .createdAt(SharedDtoMapper.toDto(division.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(division.updatedAt()));
    }

    /** The division as a create body: what a merge patch is applied to. */
    static DivisionCreateDto toWritable(Division division) {
        return new DivisionCreateDto()
                .id(division.id())
                .level(toEnum(division.level(), DivisionLevelDto.class))
                .parentId(division.parentId())
                .name(SharedDtoMapper.toDto(division.name()))
                .identifiers(SharedDtoMapper.toIdentifierDtos(division.identifiers()));
    }

    static DivisionDraft toDraft(DivisionCreateDto dto) {
        return new DivisionDraft(dto.getId(), toEnum(dto.getLevel(), DivisionLevel.class), dto.getParentId(),
                SharedDtoMapper.toLocalizedText(dto.getName()), SharedDtoMapper.toIdentifiers(dto.getIdentifiers()));
    }
}
