package org.observa.api.pollingstation;

import java.util.List;
import org.observa.api.bulk.CsvColumns;
import org.observa.api.generated.model.PollingStationCreateDto;
import org.observa.api.generated.model.PollingStationDto;
import org.observa.api.generated.model.PollingStationFeatureCollectionDto;
import org.observa.api.generated.model.PollingStationFeatureDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.pollingstation.PollingStation;
import org.observa.domain.pollingstation.PollingStationDraft;

final class PollingStationDtoMapper {

    private PollingStationDtoMapper() {
    }

    /** The CSV columns of polling stations; documented in the contract, only ever appended to. */
    static final CsvColumns<PollingStation> CSV = new CsvColumns<PollingStation>()
            .add("id", PollingStation::id)
            .add("electionId", PollingStation::electionId)
            .add("centreId", PollingStation::centreId)
            .add("divisionId", PollingStation::divisionId)
            .add("number", PollingStation::number)
            .add("registeredVoters", PollingStation::registeredVoters)
            .add("latitude", s -> LocationDtoMapper.latitude(s.location()))
            .add("longitude", s -> LocationDtoMapper.longitude(s.location()))
            .add("notes", PollingStation::notes)
            .addJson("sources", s -> SharedDtoMapper.toSourceDtos(s.sources()))
            .add("createdAt", PollingStation::createdAt)
            .add("updatedAt", PollingStation::updatedAt);

    static PollingStationDto toDto(PollingStation s) {
        return new PollingStationDto()
                .id(s.id())
                .electionId(s.electionId())
                .centreId(s.centreId())
                .divisionId(s.divisionId())
                .number(s.number())
                .registeredVoters(s.registeredVoters())
                .location(LocationDtoMapper.toDto(s.location()))
                .notes(s.notes())
                .sources(SharedDtoMapper.toSourceDtos(s.sources()))
                .createdAt(SharedDtoMapper.toDto(s.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(s.updatedAt()));
    }

    /** The located stations of a page as GeoJSON features: the geometry holds the location, the properties the rest. */
    static PollingStationFeatureCollectionDto toFeatureCollection(List<PollingStation> stations) {
        return new PollingStationFeatureCollectionDto()
                .type(PollingStationFeatureCollectionDto.TypeEnum.FEATURE_COLLECTION)
                .features(stations.stream().filter(s -> s.location() != null).map(s -> new PollingStationFeatureDto()
                        .type(PollingStationFeatureDto.TypeEnum.FEATURE)
                        .id(s.id())
                        .geometry(GeoJson.point(s.location()))
                        .properties(toDto(s).location(null))).toList());
    }

    /** The station as a create body: what a merge patch is applied to. */
    static PollingStationCreateDto toWritable(PollingStation s) {
        return new PollingStationCreateDto()
                .centreId(s.centreId())
                .number(s.number())
                .registeredVoters(s.registeredVoters())
                .location(LocationDtoMapper.toDto(s.location()))
                .notes(s.notes())
                .sources(SharedDtoMapper.toSourceDtos(s.sources()));
    }

    static PollingStationDraft toDraft(PollingStationCreateDto dto) {
        return new PollingStationDraft(dto.getCentreId(), dto.getNumber(), dto.getRegisteredVoters(),
                LocationDtoMapper.toGeoPoint(dto.getLocation()), dto.getNotes(), SharedDtoMapper.toSources(dto.getSources()));
    }
}
