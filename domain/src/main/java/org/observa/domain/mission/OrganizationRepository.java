package org.observa.domain.mission;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: where organisations are kept. */
public interface OrganizationRepository {

    Optional<Organization> byId(UUID id);

    /** Reads an organisation and holds it against concurrent changes until the transaction ends. */
    Optional<Organization> byIdForUpdate(UUID id);

    /** Organisations matching the query, in the alphabetical order of their English names, then by id. */
    Page<Organization> search(OrganizationQuery query, PageRequest page);

    /** Every record matching the query, in list order, handed over one at a time (never all in memory). */
    void forEach(OrganizationQuery query, Consumer<Organization> sink);

    void insert(Organization organization);

    void save(Organization organization);

    void remove(UUID id);
}
