package org.observa.domain.pollingstation;

import java.time.Instant;
import java.util.HashMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** A plain-Java stand-in for the polling-station store, for testing the domain's rules in isolation. */
public class InMemoryStations implements PollingStationRepository {

    final Map<UUID, PollingStation> rows = new LinkedHashMap<>();

    @Override
    public Optional<PollingStation> byId(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<PollingStation> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public Optional<PollingStation> byNumberForUpdate(String electionId, String number) {
        return byNumber(electionId, number);
    }

    @Override
    public void preloadNumbers(String electionId, Collection<String> numbers) {
        // every lookup here is in memory already
    }

    @Override
    public Map<String, UUID> idsByNumber(String electionId, Collection<String> numbers) {
        Map<String, UUID> ids = new HashMap<>();
        rows.values().stream().filter(s -> s.electionId().equals(electionId) && numbers.contains(s.number()))
                .forEach(s -> ids.put(s.number(), s.id()));
        return ids;
    }

    @Override
    public Optional<PollingStation> byNumber(String electionId, String number) {
        return rows.values().stream()
                .filter(s -> s.electionId().equals(electionId) && s.number().equals(number)).findFirst();
    }

    @Override
    public Page<PollingStation> search(PollingStationQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void forEach(PollingStationQuery query, Consumer<PollingStation> sink) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public boolean existsInCentre(UUID centreId) {
        return rows.values().stream().anyMatch(s -> s.centreId().equals(centreId));
    }

    @Override
    public void moveCentre(UUID centreId, String divisionId, Instant now) {
        rows.replaceAll((id, s) -> !s.centreId().equals(centreId) ? s
                : new PollingStation(s.id(), s.electionId(), s.centreId(), divisionId, s.number(), s.registeredVoters(),
                        s.location(), s.notes(), s.sources(), s.createdAt(), now));
    }

    @Override
    public void insert(PollingStation station) {
        rows.put(station.id(), station);
    }

    @Override
    public void save(PollingStation station) {
        rows.put(station.id(), station);
    }

    @Override
    public void remove(UUID id) {
        rows.remove(id);
    }
}
