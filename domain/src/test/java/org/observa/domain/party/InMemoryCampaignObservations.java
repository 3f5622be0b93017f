package org.observa.domain.party;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** A plain-Java stand-in for the campaign observation store, for testing the domain's rules in isolation. */
class InMemoryCampaignObservations implements CampaignObservationRepository {

    final Map<UUID, CampaignObservation> rows = new LinkedHashMap<>();

    @Override
    public Optional<CampaignObservation> byId(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<CampaignObservation> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public Page<CampaignObservation> search(CampaignObservationQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void forEach(CampaignObservationQuery query, Consumer<CampaignObservation> sink) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public boolean existsOfParty(UUID partyId) {
        return rows.values().stream().anyMatch(o -> o.partyId().equals(partyId));
    }

    @Override
    public void insert(CampaignObservation observation) {
        rows.put(observation.id(), observation);
    }

    @Override
    public void save(CampaignObservation observation) {
        rows.put(observation.id(), observation);
    }

    @Override
    public void remove(UUID id) {
        rows.remove(id);
    }
}
