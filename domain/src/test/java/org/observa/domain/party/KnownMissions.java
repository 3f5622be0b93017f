package org.observa.domain.party;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.observa.domain.mission.Mission;
import org.observa.domain.mission.MissionQuery;
import org.observa.domain.mission.MissionRepository;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Missions the campaign observation rules look up; the missions module's own rules are tested there. */
class KnownMissions implements MissionRepository {

    private final Map<UUID, Mission> rows = new HashMap<>();

    void add(Mission mission) {
        rows.put(mission.id(), mission);
    }

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
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void insert(Mission mission) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void save(Mission mission) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void remove(UUID id) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void forEach(MissionQuery query, java.util.function.Consumer<Mission> sink) {
        rows.values().forEach(sink);
    }
}
