package org.observa.api.mission;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.EngagementCreateDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.domain.mission.EngagementService;
import org.observa.domain.mission.MissionService;

/** Engagements in a bulk import: matched by their id within their mission ({@code missionId}). */
@ApplicationScoped
public class EngagementImport implements ImportType {

    private final EngagementService engagements;
    private final MissionService missions;
    private final ImportRows rows;
    private final WriteAccess access;

    public EngagementImport(EngagementService engagements, MissionService missions, ImportRows rows, WriteAccess access) {
        this.engagements = engagements;
        this.missions = missions;
        this.rows = rows;
        this.access = access;
    }

    @Override
    public String key() {
        return "engagements";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        UUID id = rows.requiredId(row);
        UUID missionId = rows.requiredUuid(row, "missionId");
        access.requireOwner(missions.getForUpdate(missionId).organizationId(), MissionsResource.MISSION);
        return rows.existing(() -> engagements.getForUpdate(missionId, id))
                .map(current -> ImportOutcome.ofUpdate(current, engagements.update(current, EngagementDtoMapper.toDraft(
                        rows.merged(EngagementDtoMapper.toWritable(current), row, EngagementCreateDto.class, "id", "missionId")))))
                .orElseGet(() -> {
                    engagements.create(missionId, id, EngagementDtoMapper.toDraft(
                            rows.body(row, EngagementCreateDto.class, "id", "missionId")));
                    return ImportOutcome.CREATED;
                });
    }
}
