package org.observa.domain.party;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: where the participations of parties in elections are kept. */
public interface ParticipationRepository {

    Optional<Participation> byId(UUID id);

    /** Reads a participation and holds it against concurrent changes until the transaction ends. */
    Optional<Participation> byIdForUpdate(UUID id);

    Optional<Participation> byElectionAndParty(String electionId, UUID partyId);

    /** Every participation in the election: an election has a few dozen at most. */
    List<Participation> ofElection(String electionId);

    /** The ids of every participation in the election, in the order they were recorded. */
    default List<UUID> idsOfElection(String electionId) {
        return ofElection(electionId).stream().map(Participation::id).toList();
    }

    /** Participations matching the query, by election, then in the order they were recorded. */
    Page<Participation> search(ParticipationQuery query, PageRequest page);

    /** Every participation matching the query, in list order, handed over one at a time (never all in memory). */
    void forEach(ParticipationQuery query, Consumer<Participation> sink);

    boolean existsOfParty(UUID partyId);

    void insert(Participation participation);

    void save(Participation participation);

    void remove(UUID id);
}
