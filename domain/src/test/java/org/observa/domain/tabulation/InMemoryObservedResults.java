package org.observa.domain.tabulation;

import java.util.AbstractMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** A plain-Java stand-in for the observed-result store, comparing with the official results it is given. */
class InMemoryObservedResults implements ObservedResultRepository {

    final Map<UUID, ObservedResult> rows = new LinkedHashMap<>();
    private final InMemoryStationResults official;

    InMemoryObservedResults(InMemoryStationResults official) {
        this.official = official;
    }

    @Override
    public Optional<ObservedResult> byId(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<ObservedResult> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public boolean existsForVisit(UUID visitId) {
        return rows.values().stream().anyMatch(r -> r.visitId().equals(visitId));
    }

    @Override
    public Page<ObservedResult> search(ObservedResultQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void forEach(ObservedResultQuery query, Consumer<ObservedResult> sink) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public Page<Map.Entry<ObservedResult, StationResult>> differingFromOfficial(String electionId, String divisionId,
                                                                                 PageRequest page) {
        List<Map.Entry<ObservedResult, StationResult>> differing = rows.values().stream()
                .filter(o -> o.electionId().equals(electionId) && official.rows.containsKey(o.stationId()))
                .filter(o -> divisionId == null || o.divisionId().equals(divisionId) || o.divisionId().startsWith(divisionId + "-"))
                .filter(o -> !o.figures().differencesFrom(official.rows.get(o.stationId()).figures()).isEmpty())
                .sorted(Comparator.comparing(ObservedResult::stationId))
                .map(o -> (Map.Entry<ObservedResult, StationResult>) new AbstractMap.SimpleImmutableEntry<>(o,
                        official.rows.get(o.stationId())))
                .toList();
        return Page.of(differing, page.size(), e -> List.of(e.getKey().stationId().toString()));
    }

    @Override
    public void insert(ObservedResult result) {
        rows.put(result.id(), result);
    }

    @Override
    public void save(ObservedResult result) {
        rows.put(result.id(), result);
    }

    @Override
    public void remove(UUID id) {
        rows.remove(id);
    }
}
