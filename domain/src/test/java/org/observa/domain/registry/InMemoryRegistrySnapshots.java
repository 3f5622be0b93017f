package org.observa.domain.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** A plain-Java stand-in for the snapshot store, for testing the domain's rules in isolation. */
class InMemoryRegistrySnapshots implements RegistrySnapshotRepository {

    private final Map<UUID, RegistrySnapshot> rows = new LinkedHashMap<>();

    @Override
    public Optional<RegistrySnapshot> byId(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<RegistrySnapshot> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public Optional<RegistrySnapshot> byKey(String divisionId, LocalDate referenceDate, String sourceCitation) {
        return rows.values().stream().filter(s -> s.divisionId().equals(divisionId)
                && s.referenceDate().equals(referenceDate) && s.source().citation().equals(sourceCitation)).findFirst();
    }

    @Override
    public Page<RegistrySnapshot> search(RegistrySnapshotQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests: the store's filters are tested against PostgreSQL");
    }

    @Override
    public List<RegistrySnapshot> ofDivisions(Collection<String> divisionIds) {
        return rows.values().stream().filter(s -> divisionIds.contains(s.divisionId())).toList();
    }

    @Override
    public List<RegistrySnapshot> inCountry(String countryId) {
        return rows.values().stream().filter(s -> s.countryId().equals(countryId)).toList();
    }

    @Override
    public void insert(RegistrySnapshot snapshot) {
        rows.put(snapshot.id(), snapshot);
    }

    @Override
    public void save(RegistrySnapshot snapshot) {
        rows.put(snapshot.id(), snapshot);
    }

    @Override
    public void remove(UUID id) {
        rows.remove(id);
    }

    @Override
    public void forEach(RegistrySnapshotQuery query, java.util.function.Consumer<RegistrySnapshot> sink) {
        rows.values().forEach(sink);
    }
}
