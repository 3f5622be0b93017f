package org.observa.api.pollingstation;

import java.util.List;
import org.observa.api.bulk.CsvColumns;
import org.observa.api.generated.model.PollingCentreCreateDto;
import org.observa.api.generated.model.PollingCentreDto;
import org.observa.api.generated.model.PollingCentreFeatureCollectionDto;
import org.observa.api.generated.model.PollingCentreFeatureDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.pollingstation.PollingCentre;
import org.observa.domain.pollingstation.PollingCentreDraft;

final class PollingCentreDtoMapper {

    private PollingCentreDtoMapper() {
    }

    /** The CSV columns of polling centres; documented in the contract, only ever appended to. */
    static final CsvColumns<PollingCentre> CSV = new CsvColumns<PollingCentre>()
            .add("id", PollingCentre::id)
            .add("electionId", PollingCentre::electionId)
            .add("divisionId", PollingCentre::divisionId)
            .add("nameEn", c -> c.name().english())
            .addJson("names", c -> c.name().values())
            .add("address", PollingCentre::address)
            .add("latitude", c -> LocationDtoMapper.latitude(c.location()))
            .add("longitude", c -> LocationDtoMapper.longitude(c.location()))
            .add("notes", PollingCentre::notes)
            .addJson("sources", c -> SharedDtoMapper.toSourceDtos(c.sources()))
            .add("createdAt", PollingCentre::createdAt)
            .add("updatedAt", PollingCentre::updatedAt);

    static PollingCentreDto toDto(PollingCentre c) {
        return new PollingCentreDto()
                .id(c.id())
                .electionId(c.electionId())
                .divisionId(c.divisionId())
                .name(SharedDtoMapper.toDto(c.name()))
                .address(c.address())
                .location(LocationDtoMapper.toDto(c.location()))
                .notes(c.notes())
                .sources(SharedDtoMapper.toSourceDtos(c.sources()))
                .createdAt(SharedDtoMapper.toDto(c.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(c.updatedAt()));
    }

    /** The located centres of a page as GeoJSON features: the geometry holds the location, the properties the rest. */
    static PollingCentreFeatureCollectionDto toFeatureCollection(List<PollingCentre> centres) {
        return new PollingCentreFeatureCollectionDto()
                .type(PollingCentreFeatureCollectionDto.TypeEnum.FEATURE_COLLECTION)
                .features(centres.stream().filter(c -> c.location() != null).map(c -> new PollingCentreFeatureDto()
                        .type(PollingCentreFeatureDto.TypeEnum.FEATURE)
                        .id(c.id())
                        .geometry(GeoJson.point(c.location()))
                        .properties(toDto(c).location(null))).toList());
    }

    /** The centre as a create body: what a merge patch is applied to. */
    static PollingCentreCreateDto toWritable(PollingCentre c) {
        return new PollingCentreCreateDto()
                .electionId(c.electionId())
                .divisionId(c.divisionId())
                .name(SharedDtoMapper.toDto(c.name()))
                .address(c.address())
                .location(LocationDtoMapper.toDto(c.location()))
                .notes(c.notes())
                .sources(SharedDtoMapper.toSourceDtos(c.sources()));
    }

    static PollingCentreDraft toDraft(PollingCentreCreateDto dto) {
        return new PollingCentreDraft(dto.getElectionId(), dto.getDivisionId(),
                SharedDtoMapper.toLocalizedText(dto.getName()), dto.getAddress(),
                LocationDtoMapper.toGeoPoint(dto.getLocation()), dto.getNotes(), SharedDtoMapper.toSources(dto.getSources()));
    }
}
