package org.observa.domain.pollingstation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** A plain-Java stand-in for the polling-centre store, for testing the domain's rules in isolation. */
class InMemoryCentres implements PollingCentreRepository {

    final Map<UUID, PollingCentre> rows = new LinkedHashMap<>();

    @Override
    public Optional<PollingCentre> byId(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<PollingCentre> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public Page<PollingCentre> search(PollingCentreQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void forEach(PollingCentreQuery query, Consumer<PollingCentre> sink) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void insert(PollingCentre centre) {
        rows.put(centre.id(), centre);
    }

    @Override
    public void save(PollingCentre centre) {
        rows.put(centre.id(), centre);
    }

    @Override
    public void remove(UUID id) {
        rows.remove(id);
    }
}
