package org.observa.domain.pollingstation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: where incidents and their histories are kept. */
public interface IncidentRepository {

    Optional<Incident> byId(UUID id);

    /** Reads an incident and holds it against concurrent changes until the transaction ends. */
    Optional<Incident> byIdForUpdate(UUID id);

    /** Incidents matching the query and visible to its reader, latest first (by when they happened), then by id. */
    Page<Incident> search(IncidentQuery query, PageRequest page);

    /** Every incident matching the query and visible to its reader, in list order, one at a time (never all in memory). */
    void forEach(IncidentQuery query, Consumer<Incident> sink);

    /** Every step of the histories of the incidents matching the query, oldest first, one at a time. */
    void forEachStep(IncidentStatusChangeQuery query, Consumer<IncidentStatusChange> sink);

    /** One recorded step of any incident's history. */
    Optional<IncidentStatusChange> step(UUID id);

    /** An incident's status changes, oldest first. */
    Page<IncidentStatusChange> history(UUID incidentId, PageRequest page);

    /** The election's incidents visible to the reader (of one mission, unless null), counted per division, category, severity and status. */
    List<IncidentTally> tally(String electionId, UUID missionId, IncidentVisibility visibility);

    /**
     * The incidents at the stations of a centre that moved to another division have moved with it (the database
     * carries the station's division along): this marks them changed at {@code now}, for clients syncing by
     * {@code updatedSince}.
     */
    void markCentreMoved(UUID centreId, Instant now);

    void insert(Incident incident);

    void save(Incident incident);

    void record(IncidentStatusChange change);

    /** Removes an incident with its history. */
    void remove(UUID id);
}
