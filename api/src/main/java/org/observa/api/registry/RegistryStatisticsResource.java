package org.observa.api.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.observa.api.bulk.Exports;
import org.observa.api.generated.api.RegistryStatisticsApi;
import org.observa.api.generated.model.ExportFormatDto;
import org.observa.api.generated.model.RegistrySnapshotCreateDto;
import org.observa.api.generated.model.RegistrySnapshotDto;
import org.observa.api.generated.model.RegistrySnapshotPageDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.api.http.conditional.Preconditions;
import org.observa.api.http.conditional.Representations;
import org.observa.api.http.input.Patches;
import org.observa.api.http.paging.Paging;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.registry.RegistrySnapshot;
import org.observa.domain.registry.RegistrySnapshotQuery;
import org.observa.domain.registry.RegistrySnapshotService;
import org.observa.domain.registry.SnapshotAnalysis;
import org.observa.domain.shared.Page;

/** Registry snapshots with their derived indicators, a division's trend and a country's anomalies. */
public class RegistryStatisticsResource implements RegistryStatisticsApi {

    static final String REGISTRY_SNAPSHOTS = "registry snapshots";

    private final RegistrySnapshotService snapshots;
    private final Representations representations;
    private final Preconditions preconditions;
    private final Patches patches;
    private final Paging paging;
    private final WriteAccess access;
    private final Exports exports;

    public RegistryStatisticsResource(RegistrySnapshotService snapshots, Representations representations,
                                      Preconditions preconditions, Patches patches, Paging paging, WriteAccess access, Exports exports) {
        this.snapshots = snapshots;
        this.representations = representations;
        this.preconditions = preconditions;
        this.patches = patches;
        this.paging = paging;
        this.access = access;
        this.exports = exports;
    }

    @Override
    public Response listRegistrySnapshots(String divisionId, Boolean includeDescendants, String electionId,
                                          LocalDate from, LocalDate to, OffsetDateTime updatedSince, Integer pageSize,
                                          String pageToken, String ifNoneMatch) {
        RegistrySnapshotQuery query = new RegistrySnapshotQuery(divisionId, Boolean.TRUE.equals(includeDescendants),
                electionId, from, to, SharedDtoMapper.toInstant(updatedSince));
        return page(snapshots.analyse(snapshots.list(query, paging.request(pageSize, pageToken))));
    }

    @Override
    @Transactional
    public Response createRegistrySnapshot(RegistrySnapshotCreateDto body) {
        access.requireAdmin(REGISTRY_SNAPSHOTS);
        RegistrySnapshot created = snapshots.create(RegistrySnapshotDtoMapper.toDraft(body));
        return representations.created("/v1/registry-snapshots/" + created.id(), dto(created));
    }

    @Override
    public Response getRegistrySnapshot(UUID snapshotId, String ifNoneMatch) {
        return representations.ok(dto(snapshots.get(snapshotId)), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updateRegistrySnapshot(UUID snapshotId, String ifMatch, ObjectNode body) {
        access.requireAdmin(REGISTRY_SNAPSHOTS);
        RegistrySnapshot current = snapshots.getForUpdate(snapshotId);
        preconditions.requireCurrent(ifMatch, dto(current));
        RegistrySnapshotCreateDto changed = patches.apply(RegistrySnapshotDtoMapper.toWritable(current), body,
                RegistrySnapshotCreateDto.class);
        return representations.ok(dto(snapshots.update(current, RegistrySnapshotDtoMapper.toDraft(changed))));
    }

    @Override
    @Transactional
    public Response deleteRegistrySnapshot(UUID snapshotId, String ifMatch) {
        access.requireAdmin(REGISTRY_SNAPSHOTS);
        RegistrySnapshot current = snapshots.getForUpdate(snapshotId);
        preconditions.requireCurrent(ifMatch, dto(current));
        snapshots.delete(current);
        return Response.noContent().build();
    }

    @Override
    public Response getRegistryTrend(String divisionId, Integer pageSize, String pageToken, String ifNoneMatch) {
        return page(snapshots.trend(divisionId, paging.request(pageSize, pageToken)));
    }

    @Override
    public Response listRegistryAnomalies(String countryId, Integer pageSize, String pageToken, String ifNoneMatch) {
        return page(snapshots.anomalies(countryId, paging.request(pageSize, pageToken)));
    }

    private RegistrySnapshotDto dto(RegistrySnapshot snapshot) {
        return RegistrySnapshotDtoMapper.toDto(snapshots.analyse(snapshot));
    }

    private Response page(Page<SnapshotAnalysis> page) {
        return paging.ok(page, RegistrySnapshotDtoMapper::toDto,
                (items, next) -> new RegistrySnapshotPageDto().items(items).nextPageToken(next));
    }

    @Override
    public Response exportRegistrySnapshots(String divisionId, Boolean includeDescendants, String electionId,
                                            LocalDate from, LocalDate to, OffsetDateTime updatedSince, ExportFormatDto format) {
        RegistrySnapshotQuery query = new RegistrySnapshotQuery(divisionId, Boolean.TRUE.equals(includeDescendants),
                electionId, from, to, SharedDtoMapper.toInstant(updatedSince));
        return exports.stream(format, "registry-snapshots", RegistrySnapshotDtoMapper.CSV, RegistrySnapshotDtoMapper::toDto,
                sink -> snapshots.export(query, sink));
    }
}
