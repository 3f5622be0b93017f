package org.observa.api.pollingstation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.IncidentStatusChangeCreateDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.api.mission.MissionOwners;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.pollingstation.Incident;
import org.observa.domain.pollingstation.IncidentService;
import org.observa.domain.pollingstation.IncidentStatus;
import org.observa.domain.pollingstation.IncidentStatusChange;
import org.observa.domain.pollingstation.IncidentVisibility;
import org.observa.domain.shared.ConflictException;

/**
 * Steps of incidents' workflows in a bulk import, matched by their id: a new step moves its incident as
 * {@code POST /v1/incidents/{incidentId}/status-changes} would (the workflow's rules included); a step already
 * recorded is unchanged, and never changes — history is not rewritten.
 */
@ApplicationScoped
public class IncidentStatusChangeImport implements ImportType {

    private final IncidentService incidents;
    private final MissionOwners owners;
    private final WriteAccess access;
    private final ImportRows rows;

    public IncidentStatusChangeImport(IncidentService incidents, MissionOwners owners, WriteAccess access,
                                      ImportRows rows) {
        this.incidents = incidents;
        this.owners = owners;
        this.access = access;
        this.rows = rows;
    }

    @Override
    public String key() {
        return "incidentStatusChanges";
    }

    /** Right after the incidents they move, in the order given. */
    @Override
    public int order() {
        return 27;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        UUID id = rows.requiredId(row);
        UUID incidentId = rows.requiredUuid(row, "incidentId");
        IncidentStatusChangeCreateDto step = rows.body(row, IncidentStatusChangeCreateDto.class, "id", "incidentId");
        IncidentStatus target = SharedDtoMapper.toEnum(step.getStatus(), IncidentStatus.class);
        Optional<IncidentStatusChange> recorded = incidents.step(id);
        if (recorded.isPresent()) {
            IncidentStatusChange stored = recorded.get();
            if (stored.incidentId().equals(incidentId) && stored.to() == target
                    && Objects.equals(stored.reason(), step.getReason())) {
                return ImportOutcome.UNCHANGED;
            }
            throw new ConflictException("Status change '" + id + "' is already recorded as a step of incident '"
                    + stored.incidentId() + "' to " + stored.to() + "; a recorded step never changes: give a new"
                    + " step a new id.");
        }
        Incident incident = incidents.getForUpdate(incidentId, IncidentVisibility.of(Optional.of(access.actor())));
        owners.requireWriterOf(incident.missionId(), IncidentsResource.INCIDENT);
        incidents.changeStatus(id, incident, target, step.getReason(), access.actor());
        return ImportOutcome.CREATED;
    }
}
