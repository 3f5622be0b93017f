package org.observa.domain.mission;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** A plain-Java stand-in for the mission store, for testing the domain's rules in isolation. */
public class InMemoryMissions implements MissionRepository {

    public final Map<UUID, Mission> rows = new LinkedHashMap<>();

    @Override
    public Optional<Mission> byId(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Mission> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public Page<Mission> search(MissionQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public boolean existsOfOrganization(UUID organizationId) {
        return rows.values().stream().anyMatch(m -> m.organizationId().equals(organizationId));
    }

    @Override
    public void insert(Mission mission) {
        rows.put(mission.id(), mission);
    }

    @Override
    public void save(Mission mission) {
        rows.put(mission.id(), mission);
    }

    @Override
    public void remove(UUID id) {
        rows.remove(id);
    }

    @Override
    public void forEach(MissionQuery query, java.util.function.Consumer<Mission> sink) {
        rows.values().forEach(sink);
    }
}
