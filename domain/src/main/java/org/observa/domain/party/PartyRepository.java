package org.observa.domain.party;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: where parties are kept. */
public interface PartyRepository {

    Optional<Party> byId(UUID id);

    /** Reads a party and holds it against concurrent changes until the transaction ends. */
    Optional<Party> byIdForUpdate(UUID id);

    /** The party of this country with this abbreviation, compared case-insensitively. */
    Optional<Party> byAbbreviation(String countryId, String abbreviation);

    /** Parties matching the query, in the alphabetical order of their English names, then by id. */
    Page<Party> search(PartyQuery query, PageRequest page);

    /** Every party matching the query, in list order, handed over one at a time (never all in memory). */
    void forEach(PartyQuery query, Consumer<Party> sink);

    /** Whether another party names this one as its predecessor. */
    boolean isPredecessorOfAny(UUID id);

    void insert(Party party);

    void save(Party party);

    void remove(UUID id);
}
