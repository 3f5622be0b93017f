package org.observa.domain.pollingstation;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: where station visits are kept. */
public interface StationVisitRepository {

    Optional<StationVisit> byId(UUID id);

    /** Reads a visit and holds it against concurrent changes until the transaction ends. */
    Optional<StationVisit> byIdForUpdate(UUID id);

    /** Visits matching the query, by visit date, then in the order they were recorded (a report's own order). */
    Page<StationVisit> search(StationVisitQuery query, PageRequest page);

    /** Every visit matching the query, in list order, handed over one at a time (never all in memory). */
    void forEach(StationVisitQuery query, Consumer<StationVisit> sink);

    boolean existsAtStation(UUID stationId);

    /** Whether a mission's finding cites the visit as its evidence. */
    boolean isCitedAsEvidence(UUID id);

    void insert(StationVisit visit);

    void save(StationVisit visit);

    void remove(UUID id);
}
