package org.observa.domain.reference;

import java.util.Optional;
import java.util.TreeMap;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** A plain-Java stand-in for the election store, for testing the domain's rules in isolation. */
public class InMemoryElections implements ElectionRepository {

    final TreeMap<String, Election> rows = new TreeMap<>();

    @Override
    public Optional<Election> byId(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Election> byIdForUpdate(String id) {
        return byId(id);
    }

    @Override
    public Page<Election> search(ElectionQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public boolean existsInCountry(String countryId) {
        return rows.values().stream().anyMatch(e -> e.countryId().equals(countryId));
    }

    @Override
    public void insert(Election election) {
        rows.put(election.id(), election);
    }

    @Override
    public void save(Election election) {
        rows.put(election.id(), election);
    }

    @Override
    public void remove(String id) {
        rows.remove(id);
    }
}
