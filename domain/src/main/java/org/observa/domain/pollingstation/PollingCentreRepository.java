package org.observa.domain.pollingstation;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: where polling centres are kept. */
public interface PollingCentreRepository {

    Optional<PollingCentre> byId(UUID id);

    /** Reads a centre and holds it against concurrent changes until the transaction ends. */
    Optional<PollingCentre> byIdForUpdate(UUID id);

    /** Centres matching the query, by election, then in the alphabetical order of their English names, then by id. */
    Page<PollingCentre> search(PollingCentreQuery query, PageRequest page);

    /** Every centre matching the query, in list order, handed over one at a time (never all in memory). */
    void forEach(PollingCentreQuery query, Consumer<PollingCentre> sink);

    void insert(PollingCentre centre);

    void save(PollingCentre centre);

    void remove(UUID id);
}
