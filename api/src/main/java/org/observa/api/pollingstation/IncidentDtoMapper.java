package org.observa.api.pollingstation;

import static org.observa.api.shared.SharedDtoMapper.toEnum;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.observa.api.bulk.CsvColumns;
import org.observa.api.generated.model.DivisionIncidentCountsDto;
import org.observa.api.generated.model.DivisionLevelDto;
import org.observa.api.generated.model.IncidentCategoryDto;
import org.observa.api.generated.model.IncidentCountsDto;
import org.observa.api.generated.model.IncidentCreateDto;
import org.observa.api.generated.model.IncidentDto;
import org.observa.api.generated.model.IncidentFeatureCollectionDto;
import org.observa.api.generated.model.IncidentFeatureDto;
import org.observa.api.generated.model.IncidentSeverityDto;
import org.observa.api.generated.model.IncidentStatsDto;
import org.observa.api.generated.model.IncidentStatusChangeDto;
import org.observa.api.generated.model.IncidentStatusDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.pollingstation.Incident;
import org.observa.domain.pollingstation.IncidentCategory;
import org.observa.domain.pollingstation.IncidentCounts;
import org.observa.domain.pollingstation.IncidentDraft;
import org.observa.domain.pollingstation.IncidentSeverity;
import org.observa.domain.pollingstation.IncidentStats;
import org.observa.domain.pollingstation.IncidentStatusChange;

final class IncidentDtoMapper {

    /** The CSV columns of incidents; documented in the contract, only ever appended to. */
    static final CsvColumns<Incident> CSV = new CsvColumns<Incident>()
            .add("id", Incident::id)
            .add("missionId", Incident::missionId)
            .add("electionId", Incident::electionId)
            .add("stationId", Incident::stationId)
            .add("divisionId", Incident::divisionId)
            .add("latitude", i -> LocationDtoMapper.latitude(i.location()))
            .add("longitude", i -> LocationDtoMapper.longitude(i.location()))
            .add("occurredAt", Incident::occurredAt)
            .add("category", Incident::category)
            .add("severity", Incident::severity)
            .add("status", Incident::status)
            .addJson("description", i -> i.description().values())
            .add("involved", Incident::involved)
            .addJson("sources", i -> SharedDtoMapper.toSourceDtos(i.sources()))
            .add("createdAt", Incident::createdAt)
            .add("updatedAt", Incident::updatedAt);

    /** The CSV columns of incidents' history steps; documented in the contract, only ever appended to. */
    static final CsvColumns<IncidentStatusChange> STEPS_CSV = new CsvColumns<IncidentStatusChange>()
            .add("id", IncidentStatusChange::id)
            .add("incidentId", IncidentStatusChange::incidentId)
            .add("from", IncidentStatusChange::from)
            .add("to", IncidentStatusChange::to)
            .add("reason", IncidentStatusChange::reason)
            .add("changedByKeyId", IncidentStatusChange::changedByKeyId)
            .add("changedByOrganizationId", IncidentStatusChange::changedByOrganizationId)
            .add("changedAt", IncidentStatusChange::changedAt);

    private IncidentDtoMapper() {
    }

    static IncidentDto toDto(Incident i) {
        return new IncidentDto()
                .id(i.id())
                .missionId(i.missionId())
                .electionId(i.electionId())
                .stationId(i.stationId())
                .divisionId(i.divisionId())
                .location(LocationDtoMapper.toDto(i.location()))
                .occurredAt(SharedDtoMapper.toDto(i.occurredAt()))
                .category(toEnum(i.category(), IncidentCategoryDto.class))
                .severity(toEnum(i.severity(), IncidentSeverityDto.class))
                .description(SharedDtoMapper.toDto(i.description()))
                .involved(i.involved())
                .sources(SharedDtoMapper.toSourceDtos(i.sources()))
                .status(toEnum(i.status(), IncidentStatusDto.class))
                .createdAt(SharedDtoMapper.toDto(i.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(i.updatedAt()));
    }

    static IncidentFeatureCollectionDto toFeatureCollection(List<Incident> incidents) {
        return new IncidentFeatureCollectionDto()
                .type(IncidentFeatureCollectionDto.TypeEnum.FEATURE_COLLECTION)
                .features(incidents.stream().filter(i -> i.location() != null).map(i -> new IncidentFeatureDto()
                        .type(IncidentFeatureDto.TypeEnum.FEATURE)
                        .id(i.id())
                        .geometry(GeoJson.point(i.location()))
                        .properties(toDto(i).location(null))).toList());
    }

    static IncidentStatsDto toDto(IncidentStats stats) {
        return new IncidentStatsDto()
                .electionId(stats.electionId())
                .level(toEnum(stats.level(), DivisionLevelDto.class))
                .missionId(stats.missionId())
                .totals(toDto(stats.totals()))
                .divisions(stats.divisions().stream().map(d -> new DivisionIncidentCountsDto()
                        .divisionId(d.divisionId()).counts(toDto(d.counts()))).toList());
    }

    private static IncidentCountsDto toDto(IncidentCounts counts) {
        return new IncidentCountsDto()
                .incidents(counts.incidents())
                .byCategory(byName(counts.byCategory()))
                .bySeverity(byName(counts.bySeverity()))
                .byStatus(byName(counts.byStatus()));
    }

    /** In the enum's order, so that the keys read as the contract lists them. */
    private static Map<String, Long> byName(Map<? extends Enum<?>, Long> counts) {
        Map<String, Long> byName = new LinkedHashMap<>();
        counts.forEach((value, count) -> byName.put(value.name(), count));
        return byName;
    }

    static IncidentStatusChangeDto toDto(IncidentStatusChange c) {
        return new IncidentStatusChangeDto()
                .id(c.id())
                .incidentId(c.incidentId())
                .from(toEnum(c.from(), IncidentStatusDto.class))
                .to(toEnum(c.to(), IncidentStatusDto.class))
                .reason(c.reason())
                .changedByKeyId(c.changedByKeyId())
                .changedByOrganizationId(c.changedByOrganizationId())
                .changedAt(SharedDtoMapper.toDto(c.changedAt()));
    }

    /** The incident as a create body: what a merge patch is applied to (its division only away from a station). */
    static IncidentCreateDto toWritable(Incident i) {
        IncidentDraft d = i.draft();
        return new IncidentCreateDto()
                .missionId(d.missionId())
                .stationId(d.stationId())
                .divisionId(d.divisionId())
                .location(LocationDtoMapper.toDto(d.location()))
                .occurredAt(SharedDtoMapper.toDto(d.occurredAt()))
                .category(toEnum(d.category(), IncidentCategoryDto.class))
                .severity(toEnum(d.severity(), IncidentSeverityDto.class))
                .description(SharedDtoMapper.toDto(d.description()))
                .involved(d.involved())
                .sources(SharedDtoMapper.toSourceDtos(d.sources()));
    }

    static IncidentDraft toDraft(IncidentCreateDto dto) {
        return new IncidentDraft(dto.getMissionId(), dto.getStationId(), dto.getDivisionId(),
                LocationDtoMapper.toGeoPoint(dto.getLocation()), SharedDtoMapper.toInstant(dto.getOccurredAt()),
                toEnum(dto.getCategory(), IncidentCategory.class), toEnum(dto.getSeverity(), IncidentSeverity.class),
                SharedDtoMapper.toLocalizedText(dto.getDescription()), dto.getInvolved(),
                SharedDtoMapper.toSources(dto.getSources()));
    }
}
