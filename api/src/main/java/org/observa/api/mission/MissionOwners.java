package org.observa.api.mission;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.observa.api.http.auth.WriteAccess;
import org.observa.domain.mission.MissionService;

/**
 * Records under a mission (station visits, campaign observations, recommendations) belong to the
 * mission's organisation. A reference to a mission that does not exist is left to the domain's checks,
 * which name the field; no key is needed to learn that, but one is needed to write at all.
 */
@ApplicationScoped
public class MissionOwners {

    private final MissionService missions;
    private final WriteAccess access;

    MissionOwners(MissionService missions, WriteAccess access) {
        this.missions = missions;
        this.access = access;
    }

    /** The current key must be an ADMIN's or belong to the organisation of {@code missionId}. */
    public void requireWriterOf(UUID missionId, String what) {
        access.actor();
        if (missionId != null) {
            missions.find(missionId).ifPresent(mission -> access.requireOwner(mission.organizationId(), what));
        }
    }
}
