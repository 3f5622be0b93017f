package org.observa.domain.mission;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: where the engagements of missions are kept. */
public interface EngagementRepository {

    Optional<Engagement> byId(UUID id);

    /** Reads an engagement and holds it against concurrent changes until the transaction ends. */
    Optional<Engagement> byIdForUpdate(UUID id);

    /** A mission's engagements matching the query, by start date, then in the order they were recorded. */
    Page<Engagement> search(EngagementQuery query, PageRequest page);

    /** Every record matching the query, in list order, handed over one at a time (never all in memory). */
    void forEach(EngagementQuery query, Consumer<Engagement> sink);

    /** From the first start to the last day of the mission's engagements; empty when it has none. */
    Optional<DateSpan> spanOfMission(UUID missionId);

    boolean existsInMission(UUID missionId);

    boolean existsWithCounterpart(UUID organizationId);

    void insert(Engagement engagement);

    void save(Engagement engagement);

    void remove(UUID id);

    void removeAllOfMission(UUID missionId);
}
