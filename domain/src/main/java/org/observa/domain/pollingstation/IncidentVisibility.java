package org.observa.domain.pollingstation;

import java.util.Optional;
import java.util.UUID;
import org.observa.domain.mission.Mission;
import org.observa.domain.mission.MissionStatus;
import org.observa.domain.partner.Actor;

/**
 * Who may read which incidents. A mission still PLANNED is a draft: its incidents are read only by its own
 * organisation's keys and by ADMIN keys; everyone else reads them once the mission is under way (ACTIVE or later).
 */
public record IncidentVisibility(boolean everything, UUID organizationId) {

    public static final IncidentVisibility PUBLIC = new IncidentVisibility(false, null);

    public static IncidentVisibility of(Optional<Actor> reader) {
        return reader.map(actor -> new IncidentVisibility(actor.isAdmin(), actor.organizationId())).orElse(PUBLIC);
    }

    public boolean sees(Mission mission) {
        return everything || mission.status() != MissionStatus.PLANNED
                || organizationId != null && organizationId.equals(mission.organizationId());
    }
}
