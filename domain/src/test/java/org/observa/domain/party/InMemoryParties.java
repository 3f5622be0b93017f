package org.observa.domain.party;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** A plain-Java stand-in for the party store, for testing the domain's rules in isolation. */
public class InMemoryParties implements PartyRepository {

    final Map<UUID, Party> rows = new LinkedHashMap<>();

    @Override
    public Optional<Party> byId(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Party> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public Optional<Party> byAbbreviation(String countryId, String abbreviation) {
        return rows.values().stream()
                .filter(p -> p.countryId().equals(countryId) && p.abbreviation() != null
                        && p.abbreviation().toLowerCase(Locale.ROOT).equals(abbreviation.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    @Override
    public Page<Party> search(PartyQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void forEach(PartyQuery query, Consumer<Party> sink) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public boolean isPredecessorOfAny(UUID id) {
        return rows.values().stream().anyMatch(p -> id.equals(p.predecessorId()));
    }

    @Override
    public void insert(Party party) {
        rows.put(party.id(), party);
    }

    @Override
    public void save(Party party) {
        rows.put(party.id(), party);
    }

    @Override
    public void remove(UUID id) {
        rows.remove(id);
    }
}
