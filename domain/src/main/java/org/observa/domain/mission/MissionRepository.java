package org.observa.domain.mission;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Violations;

/** Port: where missions are kept. */
public interface MissionRepository {

    Optional<Mission> byId(UUID id);

    /**
     * Reads a mission and holds it against concurrent changes until the transaction ends. Writes to a
     * mission's engagements and findings take this lock too, so they never race with a change of the
     * mission's dates or its deletion.
     */
    Optional<Mission> byIdForUpdate(UUID id);

    /**
     * The mission a record under a mission names in {@code missionId}, or null with the reason added to the
     * violations when it names none or one that does not exist.
     */
    default Mission referenced(UUID missionId, Violations violations) {
        if (missionId == null) {
            violations.add("missionId", "must not be null");
            return null;
        }
        Mission mission = byId(missionId).orElse(null);
        violations.require(mission != null, "missionId", "there is no mission '" + missionId + "'");
        return mission;
    }

    /** Missions matching the query, by sort date, then by id. */
    Page<Mission> search(MissionQuery query, PageRequest page);

    /** Every record matching the query, in list order, handed over one at a time (never all in memory). */
    void forEach(MissionQuery query, Consumer<Mission> sink);

    boolean existsOfOrganization(UUID organizationId);

    void insert(Mission mission);

    void save(Mission mission);

    void remove(UUID id);
}
