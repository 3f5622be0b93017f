package org.observa.domain.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: where registry snapshots are kept. */
public interface RegistrySnapshotRepository {

    Optional<RegistrySnapshot> byId(UUID id);

    /** Reads a snapshot and holds it against concurrent changes until the transaction ends. */
    Optional<RegistrySnapshot> byIdForUpdate(UUID id);

    /** The snapshot with this natural key, if there is one. */
    Optional<RegistrySnapshot> byKey(String divisionId, LocalDate referenceDate, String sourceCitation);

    /** Snapshots matching the query, most recent reference date first, then by id. */
    Page<RegistrySnapshot> search(RegistrySnapshotQuery query, PageRequest page);

    /** Every snapshot matching the query, in list order, handed over one at a time (never all in memory). */
    void forEach(RegistrySnapshotQuery query, Consumer<RegistrySnapshot> sink);

    /** Every snapshot of these divisions, in no particular order. */
    List<RegistrySnapshot> ofDivisions(Collection<String> divisionIds);

    /** Every snapshot of a country and of the divisions inside it, in no particular order. */
    List<RegistrySnapshot> inCountry(String countryId);

    void insert(RegistrySnapshot snapshot);

    void save(RegistrySnapshot snapshot);

    void remove(UUID id);
}
