package org.observa.api.mission;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.FindingCreateDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.domain.mission.FindingService;
import org.observa.domain.mission.MissionService;

/** Findings in a bulk import: matched by their id within their mission ({@code missionId}). */
@ApplicationScoped
public class FindingImport implements ImportType {

    private final FindingService findings;
    private final MissionService missions;
    private final ImportRows rows;
    private final WriteAccess access;

    public FindingImport(FindingService findings, MissionService missions, ImportRows rows, WriteAccess access) {
        this.findings = findings;
        this.missions = missions;
        this.rows = rows;
        this.access = access;
    }

    @Override
    public String key() {
        return "findings";
    }

    @Override
    public int order() {
        return 31;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        UUID id = rows.requiredId(row);
        UUID missionId = rows.requiredUuid(row, "missionId");
        access.requireOwner(missions.getForUpdate(missionId).organizationId(), MissionsResource.MISSION);
        return rows.existing(() -> findings.getForUpdate(missionId, id))
                .map(current -> ImportOutcome.ofUpdate(current, findings.update(current, FindingDtoMapper.toDraft(
                        rows.merged(FindingDtoMapper.toWritable(current), row, FindingCreateDto.class, "id", "missionId")))))
                .orElseGet(() -> {
                    findings.create(missionId, id, FindingDtoMapper.toDraft(
                            rows.body(row, FindingCreateDto.class, "id", "missionId")));
                    return ImportOutcome.CREATED;
                });
    }
}
