package org.observa.domain.reference;

import java.util.Optional;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: where elections are kept. */
public interface ElectionRepository {

    Optional<Election> byId(String id);

    /** Reads an election and holds it against concurrent changes until the transaction ends. */
    Optional<Election> byIdForUpdate(String id);

    /** Elections matching the query, most recent polling date first, then by id. */
    Page<Election> search(ElectionQuery query, PageRequest page);

    /** Every election matching the query, in list order, handed over one at a time (never all in memory). */
    void forEach(ElectionQuery query, Consumer<Election> sink);

    boolean existsInCountry(String countryId);

    void insert(Election election);

    void save(Election election);

    void remove(String id);
}
