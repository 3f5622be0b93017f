package org.observa.api.pollingstation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.IncidentCreateDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.api.mission.MissionOwners;
import org.observa.domain.pollingstation.IncidentDraft;
import org.observa.domain.pollingstation.IncidentService;
import org.observa.domain.pollingstation.IncidentVisibility;

/**
 * Incidents in a bulk import: matched by their id; written by their mission's organisation. A new one starts
 * REPORTED, reported by the importing key; the status moves only through status changes, never by import.
 */
@ApplicationScoped
public class IncidentImport implements ImportType {

    private final IncidentService incidents;
    private final MissionOwners owners;
    private final WriteAccess access;
    private final ImportRows rows;

    public IncidentImport(IncidentService incidents, MissionOwners owners, WriteAccess access, ImportRows rows) {
        this.incidents = incidents;
        this.owners = owners;
        this.access = access;
        this.rows = rows;
    }

    @Override
    public String key() {
        return "incidents";
    }

    /** After missions and stations, beside the station visits. */
    @Override
    public int order() {
        return 26;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        UUID id = rows.requiredId(row);
        IncidentVisibility visibility = IncidentVisibility.of(Optional.of(access.actor()));
        return rows.existing(() -> incidents.getForUpdate(id, visibility))
                .map(current -> {
                    owners.requireWriterOf(current.missionId(), IncidentsResource.INCIDENT);
                    IncidentCreateDto changed = rows.merged(IncidentDtoMapper.toWritable(current), row,
                            IncidentCreateDto.class, "id");
                    return ImportOutcome.ofUpdate(current, incidents.update(current, IncidentDtoMapper.toDraft(changed)));
                })
                .orElseGet(() -> {
                    IncidentDraft draft = IncidentDtoMapper.toDraft(rows.body(row, IncidentCreateDto.class, "id"));
                    owners.requireWriterOf(draft.missionId(), IncidentsResource.INCIDENT);
                    incidents.create(id, draft, access.actor());
                    return ImportOutcome.CREATED;
                });
    }
}
