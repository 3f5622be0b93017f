package org.observa.domain.reference;

import java.util.Optional;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: where divisions are kept. */
public interface DivisionRepository {

    Optional<Division> byId(String id);

    /** Reads a division and holds it against concurrent changes until the transaction ends. */
    Optional<Division> byIdForUpdate(String id);

    /** Divisions matching the query, ordered by id. */
    Page<Division> search(DivisionQuery query, PageRequest page);

    /** Every division matching the query, ordered by id, handed over one at a time (never all in memory). */
    void forEach(DivisionQuery query, Consumer<Division> sink);

    boolean hasChildren(String id);

    void insert(Division division);

    void save(Division division);

    void remove(String id);
}
