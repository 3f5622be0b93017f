package org.observa.api.party;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.observa.api.http.WriteAccess;
import org.observa.domain.mission.MissionService;

/**
 * A campaign observation belongs to the organisation of its mission. A reference to a mission that does
 * not exist is left to the domain's checks, which name the field.
 */
@ApplicationScoped
class ObservationOwners {

    private final MissionService missions;
    private final WriteAccess access;

    ObservationOwners(MissionService missions, WriteAccess access) {
        this.missions = missions;
        this.access = access;
    }

    void requireObserver(UUID missionId) {
        if (missionId != null) {
            missions.find(missionId).ifPresent(mission ->
                    access.requireOwner(mission.organizationId(), "an observation of that mission"));
        }
    }
}
