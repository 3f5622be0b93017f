package org.observa.domain.pollingstation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.observa.domain.mission.Mission;
import org.observa.domain.mission.MissionQuery;
import org.observa.domain.mission.MissionRepository;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Missions that exist for these tests; visits only ever read them. */
class KnownMissions implements MissionRepository {

    final Map<UUID, Mission> rows = new LinkedHashMap<>();

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
}
