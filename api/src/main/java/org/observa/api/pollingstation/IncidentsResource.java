package org.observa.api.pollingstation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.observa.api.bulk.Exports;
import org.observa.api.generated.api.IncidentsApi;
import org.observa.api.generated.model.DivisionLevelDto;
import org.observa.api.generated.model.ExportFormatDto;
import org.observa.api.generated.model.IncidentCategoryDto;
import org.observa.api.generated.model.IncidentCreateDto;
import org.observa.api.generated.model.IncidentPageDto;
import org.observa.api.generated.model.IncidentSeverityDto;
import org.observa.api.generated.model.IncidentStatusChangeCreateDto;
import org.observa.api.generated.model.IncidentStatusChangeDto;
import org.observa.api.generated.model.IncidentStatusChangePageDto;
import org.observa.api.generated.model.IncidentStatusDto;
import org.observa.api.http.auth.CurrentActor;
import org.observa.api.http.auth.WriteAccess;
import org.observa.api.http.conditional.Preconditions;
import org.observa.api.http.conditional.Representations;
import org.observa.api.http.input.Patches;
import org.observa.api.http.paging.Paging;
import org.observa.api.mission.MissionOwners;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.partner.Actor;
import org.observa.domain.pollingstation.BoundingBox;
import org.observa.domain.pollingstation.Incident;
import org.observa.domain.pollingstation.IncidentCategory;
import org.observa.domain.pollingstation.IncidentQuery;
import org.observa.domain.pollingstation.IncidentService;
import org.observa.domain.pollingstation.IncidentSeverity;
import org.observa.domain.pollingstation.IncidentStatus;
import org.observa.domain.pollingstation.IncidentStatusChange;
import org.observa.domain.pollingstation.IncidentStatusChangeQuery;
import org.observa.domain.pollingstation.IncidentVisibility;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.shared.Page;

/**
 * Incidents that missions report, and their status workflow. Reads see a PLANNED mission's incidents only with
 * that organisation's key or an ADMIN's; writes need the mission's organisation, and find nothing they may not read.
 */
public class IncidentsResource implements IncidentsApi {

    static final String INCIDENT = "an incident of that mission";

    private final IncidentService incidents;
    private final Representations representations;
    private final Preconditions preconditions;
    private final Patches patches;
    private final Paging paging;
    private final HttpHeaders headers;
    private final Exports exports;
    private final CurrentActor reader;
    private final WriteAccess access;
    private final MissionOwners owners;

    public IncidentsResource(IncidentService incidents, Representations representations, Preconditions preconditions,
                             Patches patches, Paging paging, HttpHeaders headers, Exports exports,
                             CurrentActor reader, WriteAccess access, MissionOwners owners) {
        this.incidents = incidents;
        this.representations = representations;
        this.preconditions = preconditions;
        this.patches = patches;
        this.paging = paging;
        this.headers = headers;
        this.exports = exports;
        this.reader = reader;
        this.access = access;
        this.owners = owners;
    }

    @Override
    public Response listIncidents(UUID missionId, String electionId, String divisionId, UUID stationId,
                                  IncidentCategoryDto category, IncidentSeverityDto severity, IncidentStatusDto status,
                                  OffsetDateTime from, OffsetDateTime to, String bbox, String q,
                                  OffsetDateTime updatedSince, Integer pageSize, String pageToken, String ifNoneMatch) {
        return page(PageFormat.of(headers), query(missionId, electionId, divisionId, stationId, category, severity,
                status, from, to, bbox, q, updatedSince), pageSize, pageToken);
    }

    @Override
    public Response listIncidentsAsGeoJson(UUID missionId, String electionId, String divisionId, UUID stationId,
                                           IncidentCategoryDto category, IncidentSeverityDto severity,
                                           IncidentStatusDto status, OffsetDateTime from, OffsetDateTime to,
                                           String bbox, String q, OffsetDateTime updatedSince, Integer pageSize,
                                           String pageToken, String ifNoneMatch) {
        return page(PageFormat.GEOJSON, query(missionId, electionId, divisionId, stationId, category, severity,
                status, from, to, bbox, q, updatedSince), pageSize, pageToken);
    }

    @Override
    public Response listIncidentsAsCsv(UUID missionId, String electionId, String divisionId, UUID stationId,
                                       IncidentCategoryDto category, IncidentSeverityDto severity,
                                       IncidentStatusDto status, OffsetDateTime from, OffsetDateTime to, String bbox,
                                       String q, OffsetDateTime updatedSince, Integer pageSize, String pageToken,
                                       String ifNoneMatch) {
        return page(PageFormat.CSV, query(missionId, electionId, divisionId, stationId, category, severity,
                status, from, to, bbox, q, updatedSince), pageSize, pageToken);
    }

    private Response page(PageFormat format, IncidentQuery query, Integer pageSize, String pageToken) {
        Page<Incident> page = incidents.list(query, paging.request(pageSize, pageToken));
        return switch (format) {
            case JSON -> paging.ok(page, IncidentDtoMapper::toDto,
                    (items, next) -> new IncidentPageDto().items(items).nextPageToken(next));
            case GEOJSON -> paging.okAs(page, PageFormat.GEOJSON_MEDIA_TYPE,
                    IncidentDtoMapper.toFeatureCollection(page.items()));
            case CSV -> paging.csv(page, IncidentDtoMapper.CSV);
        };
    }

    @Override
    public Response getIncidentStats(String electionId, DivisionLevelDto level, UUID missionId, String ifNoneMatch) {
        return representations.ok(IncidentDtoMapper.toDto(incidents.stats(electionId,
                SharedDtoMapper.toEnum(level, DivisionLevel.class), missionId, visibility())), ifNoneMatch);
    }

    @Override
    public Response exportIncidents(UUID missionId, String electionId, String divisionId, UUID stationId,
                                    IncidentCategoryDto category, IncidentSeverityDto severity, IncidentStatusDto status,
                                    OffsetDateTime from, OffsetDateTime to, String bbox, String q,
                                    OffsetDateTime updatedSince, ExportFormatDto format) {
        IncidentQuery query = query(missionId, electionId, divisionId, stationId, category, severity, status, from, to,
                bbox, q, updatedSince);
        return exports.stream(format, "incidents", IncidentDtoMapper.CSV, IncidentDtoMapper::toDto,
                sink -> incidents.export(query, sink));
    }

    @Override
    public Response exportIncidentStatusChanges(UUID incidentId, UUID missionId, String electionId,
                                                ExportFormatDto format) {
        IncidentStatusChangeQuery query = new IncidentStatusChangeQuery(incidentId, missionId, electionId, visibility());
        return exports.stream(format, "incident-status-changes", IncidentDtoMapper.STEPS_CSV, IncidentDtoMapper::toDto,
                sink -> incidents.exportHistories(query, sink));
    }

    @Override
    @Transactional
    public Response createIncident(IncidentCreateDto body) {
        Actor actor = access.actor();
        owners.requireWriterOf(body.getMissionId(), INCIDENT);
        Incident created = incidents.create(IncidentDtoMapper.toDraft(body), actor);
        return representations.created("/v1/incidents/" + created.id(), IncidentDtoMapper.toDto(created));
    }

    @Override
    public Response getIncident(UUID incidentId, String ifNoneMatch) {
        return representations.ok(IncidentDtoMapper.toDto(incidents.get(incidentId, visibility())), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updateIncident(UUID incidentId, String ifMatch, ObjectNode body) {
        Incident current = writable(incidentId, ifMatch);
        IncidentCreateDto changed = patches.apply(IncidentDtoMapper.toWritable(current), body, IncidentCreateDto.class);
        return representations.ok(IncidentDtoMapper.toDto(incidents.update(current, IncidentDtoMapper.toDraft(changed))));
    }

    @Override
    @Transactional
    public Response deleteIncident(UUID incidentId, String ifMatch) {
        incidents.delete(writable(incidentId, ifMatch));
        return Response.noContent().build();
    }

    @Override
    public Response listIncidentStatusChanges(UUID incidentId, Integer pageSize, String pageToken, String ifNoneMatch) {
        Incident incident = incidents.get(incidentId, visibility());
        return paging.ok(incidents.history(incident, paging.request(pageSize, pageToken)), IncidentDtoMapper::toDto,
                (items, next) -> new IncidentStatusChangePageDto().items(items).nextPageToken(next));
    }

    @Override
    @Transactional
    public Response changeIncidentStatus(UUID incidentId, String ifMatch, IncidentStatusChangeCreateDto body) {
        Incident current = writable(incidentId, ifMatch);
        Incident moved = incidents.changeStatus(current, SharedDtoMapper.toEnum(body.getStatus(), IncidentStatus.class),
                body.getReason(), access.actor());
        return representations.ok(IncidentDtoMapper.toDto(moved));
    }

    /**
     * The incident to change, held until the transaction ends: a key that may not read it finds nothing (404),
     * one that may read but not write it is refused (403), and the If-Match must name its current version.
     */
    private Incident writable(UUID incidentId, String ifMatch) {
        Incident current = incidents.getForUpdate(incidentId, IncidentVisibility.of(Optional.of(access.actor())));
        owners.requireWriterOf(current.missionId(), INCIDENT);
        preconditions.requireCurrent(ifMatch, IncidentDtoMapper.toDto(current));
        return current;
    }

    /** One step of an incident's history as its list shows it, for webhook messages; empty when there is none. */
    public Optional<IncidentStatusChangeDto> statusChange(UUID incidentId, UUID stepId) {
        Incident incident = incidents.get(incidentId, visibility());
        return incidents.step(stepId).filter(step -> step.incidentId().equals(incident.id()))
                .map(IncidentDtoMapper::toDto);
    }

    private IncidentVisibility visibility() {
        return IncidentVisibility.of(reader.get());
    }

    private IncidentQuery query(UUID missionId, String electionId, String divisionId, UUID stationId,
                                IncidentCategoryDto category, IncidentSeverityDto severity, IncidentStatusDto status,
                                OffsetDateTime from, OffsetDateTime to, String bbox, String q,
                                OffsetDateTime updatedSince) {
        return new IncidentQuery(missionId, electionId, divisionId, stationId,
                SharedDtoMapper.toEnum(category, IncidentCategory.class),
                SharedDtoMapper.toEnum(severity, IncidentSeverity.class),
                SharedDtoMapper.toEnum(status, IncidentStatus.class),
                SharedDtoMapper.toInstant(from), SharedDtoMapper.toInstant(to),
                bbox == null ? null : BoundingBox.parse(bbox), q, SharedDtoMapper.toInstant(updatedSince), visibility());
    }
}
