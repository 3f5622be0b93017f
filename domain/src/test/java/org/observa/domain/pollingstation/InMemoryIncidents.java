package org.observa.domain.pollingstation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** A plain-Java stand-in for the incident store, for testing the domain's rules in isolation. */
class InMemoryIncidents implements IncidentRepository {

    final Map<UUID, Incident> rows = new LinkedHashMap<>();
    final List<IncidentStatusChange> changes = new ArrayList<>();
    private final InMemoryStations stations;

    InMemoryIncidents(InMemoryStations stations) {
        this.stations = stations;
    }

    @Override
    public void markCentreMoved(UUID centreId, Instant now) {
        rows.replaceAll((id, incident) -> {
            PollingStation station = incident.stationId() == null ? null : stations.rows.get(incident.stationId());
            return station == null || !station.centreId().equals(centreId) ? incident
                    : incident.with(station.divisionId(), incident.draft(), now);
        });
    }

    @Override
    public Optional<Incident> byId(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Incident> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public Page<Incident> search(IncidentQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void forEach(IncidentQuery query, Consumer<Incident> sink) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void forEachStep(IncidentStatusChangeQuery query, Consumer<IncidentStatusChange> sink) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public Optional<IncidentStatusChange> step(UUID id) {
        return changes.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public Page<IncidentStatusChange> history(UUID incidentId, PageRequest page) {
        return new Page<>(changes.stream().filter(c -> c.incidentId().equals(incidentId)).toList(), List.of());
    }

    /** Counts what it holds, ignoring visibility (the store's filter; the service's rule is tested on get). */
    @Override
    public List<IncidentTally> tally(String electionId, UUID missionId, IncidentVisibility visibility) {
        return rows.values().stream()
                .filter(i -> i.electionId().equals(electionId) && (missionId == null || missionId.equals(i.missionId())))
                .map(i -> new IncidentTally(i.divisionId(), i.category(), i.severity(), i.status(), 1))
                .toList();
    }

    @Override
    public void insert(Incident incident) {
        rows.put(incident.id(), incident);
    }

    @Override
    public void save(Incident incident) {
        rows.put(incident.id(), incident);
    }

    @Override
    public void record(IncidentStatusChange change) {
        changes.add(change);
    }

    @Override
    public void remove(UUID id) {
        rows.remove(id);
        changes.removeIf(c -> c.incidentId().equals(id));
    }
}
