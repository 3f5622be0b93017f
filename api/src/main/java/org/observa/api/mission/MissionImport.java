package org.observa.api.mission;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.MissionCreateDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.domain.mission.MissionDraft;
import org.observa.domain.mission.MissionService;

/** Missions in a bulk import: matched by their id; written by their organisation's keys. */
@ApplicationScoped
public class MissionImport implements ImportType {

    private final MissionService missions;
    private final ImportRows rows;
    private final WriteAccess access;

    public MissionImport(MissionService missions, ImportRows rows, WriteAccess access) {
        this.missions = missions;
        this.rows = rows;
        this.access = access;
    }

    @Override
    public String key() {
        return "missions";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        UUID id = rows.requiredId(row);
        return rows.existing(() -> missions.getForUpdate(id))
                .map(current -> {
                    access.requireOwner(current.organizationId(), MissionsResource.MISSION);
                    MissionDraft draft = MissionDtoMapper.toDraft(
                            rows.merged(MissionDtoMapper.toWritable(current), row, MissionCreateDto.class, "id"));
                    access.requireOwner(draft.organizationId(), "a mission of that organization");
                    return ImportOutcome.ofUpdate(current, missions.update(current, draft));
                })
                .orElseGet(() -> {
                    MissionDraft draft = MissionDtoMapper.toDraft(rows.body(row, MissionCreateDto.class, "id"));
                    access.requireOwner(draft.organizationId(), "a mission of that organization");
                    missions.create(id, draft);
                    return ImportOutcome.CREATED;
                });
    }
}
