package org.observa.api.pollingstation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.observa.api.bulk.Exports;
import org.observa.api.generated.api.PollingStationsApi;
import org.observa.api.generated.model.DivisionLevelDto;
import org.observa.api.generated.model.ExportFormatDto;
import org.observa.api.generated.model.ObservationStatsGroupingDto;
import org.observa.api.generated.model.PollingCentreCreateDto;
import org.observa.api.generated.model.PollingCentrePageDto;
import org.observa.api.generated.model.PollingStationCreateDto;
import org.observa.api.generated.model.PollingStationPageDto;
import org.observa.api.generated.model.StationVisitCreateDto;
import org.observa.api.generated.model.StationVisitPageDto;
import org.observa.api.generated.model.VisitAssessmentDto;
import org.observa.api.generated.model.VisitPhaseDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.api.http.conditional.Preconditions;
import org.observa.api.http.conditional.Representations;
import org.observa.api.http.input.Patches;
import org.observa.api.http.paging.Paging;
import org.observa.api.mission.MissionOwners;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.pollingstation.BoundingBox;
import org.observa.domain.pollingstation.ObservationStatsService;
import org.observa.domain.pollingstation.PollingCentre;
import org.observa.domain.pollingstation.PollingCentreQuery;
import org.observa.domain.pollingstation.PollingCentreService;
import org.observa.domain.pollingstation.PollingStation;
import org.observa.domain.pollingstation.PollingStationQuery;
import org.observa.domain.pollingstation.PollingStationService;
import org.observa.domain.pollingstation.StationVisit;
import org.observa.domain.pollingstation.StationVisitQuery;
import org.observa.domain.pollingstation.StationVisitService;
import org.observa.domain.pollingstation.VisitAssessment;
import org.observa.domain.pollingstation.VisitPhase;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.shared.Page;

/** Polling centres, polling stations, observers' station visits and the observation statistics of an election. */
public class PollingStationsResource implements PollingStationsApi {

    static final String CENTRES_AND_STATIONS = "polling centres and stations";
    static final String VISIT = "a visit of that mission's observers";

    private final PollingCentreService centres;
    private final PollingStationService stations;
    private final StationVisitService visits;
    private final ObservationStatsService stats;
    private final Representations representations;
    private final Preconditions preconditions;
    private final Patches patches;
    private final Paging paging;
    private final Exports exports;
    private final HttpHeaders headers;
    private final WriteAccess access;
    private final MissionOwners owners;

    public PollingStationsResource(PollingCentreService centres, PollingStationService stations,
                                   StationVisitService visits, ObservationStatsService stats,
                                   Representations representations, Preconditions preconditions, Patches patches,
                                   Paging paging, Exports exports, HttpHeaders headers,
                                   WriteAccess access, MissionOwners owners) {
        this.access = access;
        this.owners = owners;
        this.centres = centres;
        this.stations = stations;
        this.visits = visits;
        this.stats = stats;
        this.representations = representations;
        this.preconditions = preconditions;
        this.patches = patches;
        this.paging = paging;
        this.exports = exports;
        this.headers = headers;
    }

    @Override
    public Response listPollingCentres(String electionId, String divisionId, String q, OffsetDateTime updatedSince,
                                       Integer pageSize, String pageToken, String ifNoneMatch) {
        return centresPage(PageFormat.of(headers), electionId, divisionId, q, updatedSince, pageSize, pageToken);
    }

    @Override
    public Response listPollingCentresAsGeoJson(String electionId, String divisionId, String q, OffsetDateTime updatedSince,
                                                Integer pageSize, String pageToken, String ifNoneMatch) {
        return centresPage(PageFormat.GEOJSON, electionId, divisionId, q, updatedSince, pageSize, pageToken);
    }

    @Override
    public Response listPollingCentresAsCsv(String electionId, String divisionId, String q, OffsetDateTime updatedSince,
                                            Integer pageSize, String pageToken, String ifNoneMatch) {
        return centresPage(PageFormat.CSV, electionId, divisionId, q, updatedSince, pageSize, pageToken);
    }

    private Response centresPage(PageFormat format, String electionId, String divisionId, String q,
                                 OffsetDateTime updatedSince, Integer pageSize, String pageToken) {
        PollingCentreQuery query = new PollingCentreQuery(electionId, divisionId, q, SharedDtoMapper.toInstant(updatedSince));
        Page<PollingCentre> page = centres.list(query, paging.request(pageSize, pageToken));
        return switch (format) {
            case JSON -> paging.ok(page, PollingCentreDtoMapper::toDto,
                    (items, next) -> new PollingCentrePageDto().items(items).nextPageToken(next));
            case GEOJSON -> paging.okAs(page, PageFormat.GEOJSON_MEDIA_TYPE,
                    PollingCentreDtoMapper.toFeatureCollection(page.items()));
            case CSV -> paging.csv(page, PollingCentreDtoMapper.CSV);
        };
    }

    @Override
    @Transactional
    public Response createPollingCentre(PollingCentreCreateDto body) {
        access.requireAdmin(CENTRES_AND_STATIONS);
        PollingCentre created = centres.create(PollingCentreDtoMapper.toDraft(body));
        return representations.created("/v1/polling-centres/" + created.id(), PollingCentreDtoMapper.toDto(created));
    }

    @Override
    public Response getPollingCentre(UUID centreId, String ifNoneMatch) {
        return representations.ok(PollingCentreDtoMapper.toDto(centres.get(centreId)), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updatePollingCentre(UUID centreId, String ifMatch, ObjectNode body) {
        access.requireAdmin(CENTRES_AND_STATIONS);
        PollingCentre current = centres.getForUpdate(centreId);
        preconditions.requireCurrent(ifMatch, PollingCentreDtoMapper.toDto(current));
        PollingCentreCreateDto changed = patches.apply(PollingCentreDtoMapper.toWritable(current), body,
                PollingCentreCreateDto.class);
        return representations.ok(PollingCentreDtoMapper.toDto(centres.update(current, PollingCentreDtoMapper.toDraft(changed))));
    }

    @Override
    @Transactional
    public Response deletePollingCentre(UUID centreId, String ifMatch) {
        access.requireAdmin(CENTRES_AND_STATIONS);
        PollingCentre current = centres.getForUpdate(centreId);
        preconditions.requireCurrent(ifMatch, PollingCentreDtoMapper.toDto(current));
        centres.delete(current);
        return Response.noContent().build();
    }

    @Override
    public Response exportPollingCentres(String electionId, String divisionId, String q, OffsetDateTime updatedSince, ExportFormatDto format) {
        PollingCentreQuery query = new PollingCentreQuery(electionId, divisionId, q, SharedDtoMapper.toInstant(updatedSince));
        return exports.stream(format, "polling-centres", PollingCentreDtoMapper.CSV, PollingCentreDtoMapper::toDto,
                sink -> centres.export(query, sink));
    }

    @Override
    public Response listPollingStations(String electionId, String divisionId, UUID centreId, String number, String bbox,
                                        OffsetDateTime updatedSince, Integer pageSize, String pageToken, String ifNoneMatch) {
        return stationsPage(PageFormat.of(headers),
                stationQuery(electionId, divisionId, centreId, number, bbox, updatedSince), pageSize, pageToken);
    }

    @Override
    public Response listPollingStationsAsGeoJson(String electionId, String divisionId, UUID centreId, String number,
                                                 String bbox, OffsetDateTime updatedSince, Integer pageSize,
                                                 String pageToken, String ifNoneMatch) {
        return stationsPage(PageFormat.GEOJSON,
                stationQuery(electionId, divisionId, centreId, number, bbox, updatedSince), pageSize, pageToken);
    }

    @Override
    public Response listPollingStationsAsCsv(String electionId, String divisionId, UUID centreId, String number,
                                             String bbox, OffsetDateTime updatedSince, Integer pageSize,
                                             String pageToken, String ifNoneMatch) {
        return stationsPage(PageFormat.CSV,
                stationQuery(electionId, divisionId, centreId, number, bbox, updatedSince), pageSize, pageToken);
    }

    private Response stationsPage(PageFormat format, PollingStationQuery query, Integer pageSize, String pageToken) {
        Page<PollingStation> page = stations.list(query, paging.request(pageSize, pageToken));
        return switch (format) {
            case JSON -> paging.ok(page, PollingStationDtoMapper::toDto,
                    (items, next) -> new PollingStationPageDto().items(items).nextPageToken(next));
            case GEOJSON -> paging.okAs(page, PageFormat.GEOJSON_MEDIA_TYPE,
                    PollingStationDtoMapper.toFeatureCollection(page.items()));
            case CSV -> paging.csv(page, PollingStationDtoMapper.CSV);
        };
    }

    @Override
    @Transactional
    public Response createPollingStation(PollingStationCreateDto body) {
        access.requireAdmin(CENTRES_AND_STATIONS);
        PollingStation created = stations.create(PollingStationDtoMapper.toDraft(body));
        return representations.created(created.path(), PollingStationDtoMapper.toDto(created));
    }

    @Override
    public Response getPollingStation(UUID stationId, String ifNoneMatch) {
        return representations.ok(PollingStationDtoMapper.toDto(stations.get(stationId)), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updatePollingStation(UUID stationId, String ifMatch, ObjectNode body) {
        access.requireAdmin(CENTRES_AND_STATIONS);
        PollingStation current = stations.getForUpdate(stationId);
        preconditions.requireCurrent(ifMatch, PollingStationDtoMapper.toDto(current));
        PollingStationCreateDto changed = patches.apply(PollingStationDtoMapper.toWritable(current), body,
                PollingStationCreateDto.class);
        return representations.ok(PollingStationDtoMapper.toDto(
                stations.update(current, PollingStationDtoMapper.toDraft(changed))));
    }

    @Override
    @Transactional
    public Response deletePollingStation(UUID stationId, String ifMatch) {
        access.requireAdmin(CENTRES_AND_STATIONS);
        PollingStation current = stations.getForUpdate(stationId);
        preconditions.requireCurrent(ifMatch, PollingStationDtoMapper.toDto(current));
        stations.delete(current);
        return Response.noContent().build();
    }

    @Override
    public Response exportPollingStations(String electionId, String divisionId, UUID centreId, String number, String bbox,
                                          OffsetDateTime updatedSince, ExportFormatDto format) {
        PollingStationQuery query = stationQuery(electionId, divisionId, centreId, number, bbox, updatedSince);
        return exports.stream(format, "polling-stations", PollingStationDtoMapper.CSV, PollingStationDtoMapper::toDto,
                sink -> stations.export(query, sink));
    }

    @Override
    public Response listStationVisits(UUID missionId, UUID stationId, String electionId, String divisionId,
                                      VisitPhaseDto phase, VisitAssessmentDto assessment, OffsetDateTime updatedSince,
                                      Integer pageSize, String pageToken, String ifNoneMatch) {
        StationVisitQuery query = visitQuery(missionId, stationId, electionId, divisionId, phase, assessment, updatedSince);
        return paging.ok(visits.list(query, paging.request(pageSize, pageToken)), StationVisitDtoMapper::toDto,
                (items, next) -> new StationVisitPageDto().items(items).nextPageToken(next));
    }

    @Override
    @Transactional
    public Response createStationVisit(StationVisitCreateDto body) {
        owners.requireWriterOf(body.getMissionId(), VISIT);
        StationVisit created = visits.create(StationVisitDtoMapper.toDraft(body));
        return representations.created("/v1/station-visits/" + created.id(), StationVisitDtoMapper.toDto(created));
    }

    @Override
    public Response getStationVisit(UUID visitId, String ifNoneMatch) {
        return representations.ok(StationVisitDtoMapper.toDto(visits.get(visitId)), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updateStationVisit(UUID visitId, String ifMatch, ObjectNode body) {
        StationVisit current = visits.getForUpdate(visitId);
        owners.requireWriterOf(current.missionId(), VISIT);
        preconditions.requireCurrent(ifMatch, StationVisitDtoMapper.toDto(current));
        StationVisitCreateDto changed = patches.apply(StationVisitDtoMapper.toWritable(current),
                StationVisitDtoMapper.checklistAsAnswers(body), StationVisitCreateDto.class);
        owners.requireWriterOf(changed.getMissionId(), VISIT);
        return representations.ok(StationVisitDtoMapper.toDto(visits.update(current, StationVisitDtoMapper.toDraft(changed))));
    }

    @Override
    @Transactional
    public Response deleteStationVisit(UUID visitId, String ifMatch) {
        StationVisit current = visits.getForUpdate(visitId);
        owners.requireWriterOf(current.missionId(), VISIT);
        preconditions.requireCurrent(ifMatch, StationVisitDtoMapper.toDto(current));
        visits.delete(current);
        return Response.noContent().build();
    }

    @Override
    public Response exportStationVisits(UUID missionId, UUID stationId, String electionId, String divisionId,
                                        VisitPhaseDto phase, VisitAssessmentDto assessment, OffsetDateTime updatedSince, ExportFormatDto format) {
        StationVisitQuery query = visitQuery(missionId, stationId, electionId, divisionId, phase, assessment, updatedSince);
        return exports.stream(format, "station-visits", StationVisitDtoMapper.CSV, StationVisitDtoMapper::toDto,
                sink -> visits.export(query, sink));
    }

    @Override
    public Response getObservationStats(String electionId, ObservationStatsGroupingDto groupBy, DivisionLevelDto level,
                                        UUID missionId, String ifNoneMatch) {
        // division is the only grouping so far: the parameter's type admits nothing else.
        return representations.ok(ObservationStatsDtoMapper.toDto(
                stats.byDivision(electionId, SharedDtoMapper.toEnum(level, DivisionLevel.class), missionId)), ifNoneMatch);
    }

    private static PollingStationQuery stationQuery(String electionId, String divisionId, UUID centreId, String number,
                                                    String bbox, OffsetDateTime updatedSince) {
        return new PollingStationQuery(electionId, divisionId, centreId, number,
                bbox == null ? null : BoundingBox.parse(bbox), SharedDtoMapper.toInstant(updatedSince));
    }

    private static StationVisitQuery visitQuery(UUID missionId, UUID stationId, String electionId, String divisionId,
                                                VisitPhaseDto phase, VisitAssessmentDto assessment,
                                                OffsetDateTime updatedSince) {
        return new StationVisitQuery(missionId, stationId, electionId, divisionId,
                SharedDtoMapper.toEnum(phase, VisitPhase.class), SharedDtoMapper.toEnum(assessment, VisitAssessment.class),
                SharedDtoMapper.toInstant(updatedSince));
    }
}
