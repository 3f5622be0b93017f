package org.observa.domain.party;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** A plain-Java stand-in for the participation store, for testing the domain's rules in isolation. */
public class InMemoryParticipations implements ParticipationRepository {

    final Map<UUID, Participation> rows = new LinkedHashMap<>();

    @Override
    public Optional<Participation> byId(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Participation> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public Optional<Participation> byElectionAndParty(String electionId, UUID partyId) {
        return rows.values().stream().filter(p -> p.electionId().equals(electionId) && p.partyId().equals(partyId))
                .findFirst();
    }

    @Override
    public List<Participation> ofElection(String electionId) {
        return rows.values().stream().filter(p -> p.electionId().equals(electionId)).toList();
    }

    @Override
    public Page<Participation> search(ParticipationQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void forEach(ParticipationQuery query, Consumer<Participation> sink) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public boolean existsOfParty(UUID partyId) {
        return rows.values().stream().anyMatch(p -> p.partyId().equals(partyId));
    }

    @Override
    public void insert(Participation participation) {
        rows.put(participation.id(), participation);
    }

    @Override
    public void save(Participation participation) {
        rows.put(participation.id(), participation);
    }

    @Override
    public void remove(UUID id) {
        rows.remove(id);
    }
}
