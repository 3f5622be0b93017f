package org.observa.domain.mission;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** A plain-Java stand-in for the engagement store, for testing the domain's rules in isolation. */
class InMemoryEngagements implements EngagementRepository {

    final Map<UUID, Engagement> rows = new LinkedHashMap<>();

    @Override
    public Optional<Engagement> byId(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Engagement> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public Page<Engagement> search(EngagementQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public Optional<DateSpan> spanOfMission(UUID missionId) {
        List<Engagement> engagements = ofMission(missionId);
        if (engagements.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = engagements.stream().map(Engagement::startDate).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = engagements.stream().map(Engagement::lastDay).max(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new DateSpan(first, last));
    }

    @Override
    public boolean existsInMission(UUID missionId) {
        return !ofMission(missionId).isEmpty();
    }

    @Override
    public boolean existsWithCounterpart(UUID organizationId) {
        return rows.values().stream().anyMatch(e -> organizationId.equals(e.counterpartId()));
    }

    @Override
    public void insert(Engagement engagement) {
        rows.put(engagement.id(), engagement);
    }

    @Override
    public void save(Engagement engagement) {
        rows.put(engagement.id(), engagement);
    }

    @Override
    public void remove(UUID id) {
        rows.remove(id);
    }

    @Override
    public void removeAllOfMission(UUID missionId) {
        rows.values().removeIf(e -> e.missionId().equals(missionId));
    }

    private List<Engagement> ofMission(UUID missionId) {
        return rows.values().stream().filter(e -> e.missionId().equals(missionId)).toList();
    }

    @Override
    public void forEach(EngagementQuery query, java.util.function.Consumer<Engagement> sink) {
        rows.values().forEach(sink);
    }
}
