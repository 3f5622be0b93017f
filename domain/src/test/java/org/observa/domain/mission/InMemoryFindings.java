package org.observa.domain.mission;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** A plain-Java stand-in for the finding store, for testing the domain's rules in isolation. */
class InMemoryFindings implements FindingRepository {

    final Map<UUID, Finding> rows = new LinkedHashMap<>();

    @Override
    public Optional<Finding> byId(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Finding> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public Page<Finding> search(FindingQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public boolean existsInMission(UUID missionId) {
        return rows.values().stream().anyMatch(f -> f.missionId().equals(missionId));
    }

    @Override
    public void insert(Finding finding) {
        rows.put(finding.id(), finding);
    }

    @Override
    public void save(Finding finding) {
        rows.put(finding.id(), finding);
    }

    @Override
    public void remove(UUID id) {
        rows.remove(id);
    }

    @Override
    public void removeAllOfMission(UUID missionId) {
        rows.values().removeIf(f -> f.missionId().equals(missionId));
    }

    @Override
    public void forEach(FindingQuery query, java.util.function.Consumer<Finding> sink) {
        rows.values().forEach(sink);
    }
}
