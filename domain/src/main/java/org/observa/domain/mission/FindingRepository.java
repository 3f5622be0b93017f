package org.observa.domain.mission;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: where the findings of missions are kept. */
public interface FindingRepository {

    Optional<Finding> byId(UUID id);

    /** Reads a finding and holds it against concurrent changes until the transaction ends. */
    Optional<Finding> byIdForUpdate(UUID id);

    /** A mission's findings matching the query, in the order they were recorded (a report's own order). */
    Page<Finding> search(FindingQuery query, PageRequest page);

    /** Every record matching the query, in list order, handed over one at a time (never all in memory). */
    void forEach(FindingQuery query, Consumer<Finding> sink);

    boolean existsInMission(UUID missionId);

    void insert(Finding finding);

    void save(Finding finding);

    void remove(UUID id);

    void removeAllOfMission(UUID missionId);
}
