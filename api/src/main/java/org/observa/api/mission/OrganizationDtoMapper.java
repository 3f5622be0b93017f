package org.observa.api.mission;

import static org.observa.api.shared.SharedDtoMapper.toEnum;

import java.net.URI;
import org.observa.api.bulk.CsvColumns;
import org.observa.api.generated.model.OrganizationClassificationDto;
import org.observa.api.generated.model.OrganizationCreateDto;
import org.observa.api.generated.model.OrganizationDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.mission.Organization;
import org.observa.domain.mission.OrganizationClassification;
import org.observa.domain.mission.OrganizationDraft;

final class OrganizationDtoMapper {

    private OrganizationDtoMapper() {
    }

    /** The CSV columns of organisations; documented in the contract, only ever appended to. */
    static final CsvColumns<Organization> CSV = new CsvColumns<Organization>()
            .add("id", Organization::id)
            .add("nameEn", o -> o.name().english())
            .add("abbreviation", Organization::abbreviation)
            .add("classification", Organization::classification)
            .add("countryId", Organization::countryId)
            .add("website", Organization::website)
            .addJson("names", o -> o.name().values())
            .addJson("identifiers", Organization::identifiers)
            .add("createdAt", Organization::createdAt)
            .add("updatedAt", Organization::updatedAt);

    static OrganizationDto toDto(Organization o) {
        return new OrganizationDto()
                .id(o.id())
                .name(SharedDtoMapper.toDto(o.name()))
                .abbreviation(o.abbreviation())
                .classification(toEnum(o.classification(), OrganizationClassificationDto.class))
                .countryId(o.countryId())
                .website(uri(o.website()))
                .identifiers(SharedDtoMapper.toIdentifierDtos(o.identifiers()))
                .createdAt(SharedDtoMapper.toDto(o.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(o.updatedAt()));
    }

    /** The organisation as a create body: what a merge patch is applied to. */
    static OrganizationCreateDto toWritable(Organization o) {
        return new OrganizationCreateDto()
                .name(SharedDtoMapper.toDto(o.name()))
                .abbreviation(o.abbreviation())
                .classification(toEnum(o.classification(), OrganizationClassificationDto.class))
                .countryId(o.countryId())
                .website(uri(o.website()))
                .identifiers(SharedDtoMapper.toIdentifierDtos(o.identifiers()));
    }

    static OrganizationDraft toDraft(OrganizationCreateDto dto) {
        return new OrganizationDraft(SharedDtoMapper.toLocalizedText(dto.getName()), dto.getAbbreviation(),
                toEnum(dto.getClassification(), OrganizationClassification.class), dto.getCountryId(),
                dto.getWebsite() == null ? null : dto.getWebsite().toString(),
                SharedDtoMapper.toIdentifiers(dto.getIdentifiers()));
    }

    private static URI uri(String url) {
        return url == null ? null : URI.create(url);
    }
}
