package org.observa.api.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.RegistrySnapshotCreateDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.domain.registry.RegistrySnapshot;
import org.observa.domain.registry.RegistrySnapshotDraft;
import org.observa.domain.registry.RegistrySnapshotService;

/** Registry snapshots in a bulk import: matched by their id, or by division, reference date and source. */
@ApplicationScoped
public class RegistrySnapshotImport implements ImportType {

    private final RegistrySnapshotService snapshots;
    private final ImportRows rows;
    private final WriteAccess access;

    public RegistrySnapshotImport(RegistrySnapshotService snapshots, ImportRows rows, WriteAccess access) {
        this.snapshots = snapshots;
        this.rows = rows;
        this.access = access;
    }

    @Override
    public String key() {
        return "registrySnapshots";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        access.requireAdmin(RegistryStatisticsResource.REGISTRY_SNAPSHOTS);
        Optional<UUID> id = rows.optionalId(row);
        RegistrySnapshotDraft draft = RegistrySnapshotDtoMapper.toDraft(
                rows.body(row, RegistrySnapshotCreateDto.class, "id"));
        Optional<RegistrySnapshot> existing = id.isPresent()
                ? rows.existing(() -> snapshots.getForUpdate(id.get()))
                : Optional.ofNullable(draft.source())
                        .flatMap(source -> snapshots.find(draft.divisionId(), draft.referenceDate(), source.citation()))
                        .map(found -> snapshots.getForUpdate(found.id()));
        return existing
                .map(current -> ImportOutcome.ofUpdate(current, snapshots.update(current, RegistrySnapshotDtoMapper.toDraft(
                        rows.merged(RegistrySnapshotDtoMapper.toWritable(current), row, RegistrySnapshotCreateDto.class, "id")))))
                .orElseGet(() -> {
                    if (id.isPresent()) {
                        snapshots.create(id.get(), draft);
                    } else {
                        snapshots.create(draft);
                    }
                    return ImportOutcome.CREATED;
                });
    }
}
