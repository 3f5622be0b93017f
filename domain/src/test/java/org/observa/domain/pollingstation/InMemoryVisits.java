package org.observa.domain.pollingstation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** A plain-Java stand-in for the station-visit store, for testing the domain's rules in isolation. */
public class InMemoryVisits implements StationVisitRepository {

    final Map<UUID, StationVisit> rows = new LinkedHashMap<>();
    final java.util.Set<UUID> cited = new java.util.HashSet<>();

    @Override
    public Optional<StationVisit> byId(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<StationVisit> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public Page<StationVisit> search(StationVisitQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void forEach(StationVisitQuery query, Consumer<StationVisit> sink) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public boolean existsAtStation(UUID stationId) {
        return rows.values().stream().anyMatch(v -> v.stationId().equals(stationId));
    }

    @Override
    public boolean isCitedAsEvidence(UUID id) {
        return cited.contains(id);
    }

    @Override
    public void insert(StationVisit visit) {
        rows.put(visit.id(), visit);
    }

    @Override
    public void save(StationVisit visit) {
        rows.put(visit.id(), visit);
    }

    @Override
    public void remove(UUID id) {
        rows.remove(id);
    }
}
