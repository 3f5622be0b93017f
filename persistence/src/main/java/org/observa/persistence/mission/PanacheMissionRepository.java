package org.observa.persistence.mission;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.mission.Mission;
import org.observa.domain.mission.MissionQuery;
import org.observa.domain.mission.MissionRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;
import org.observa.persistence.shared.Streams;

@ApplicationScoped
public class PanacheMissionRepository implements MissionRepository, PanacheRepositoryBase<MissionEntity, UUID> {

    @Override
    public Optional<Mission> byId(UUID id) {
        return findByIdOptional(id).map(MissionEntity::toDomain);
    }

    @Override
    public Optional<Mission> byIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(MissionEntity::toDomain);
    }

    @Override
    public Page<Mission> search(MissionQuery query, PageRequest page) {
        Filters filters = filters(query);
        if (!page.isFirst()) {
            filters.where("sortDate > :afterDate or (sortDate = :afterDate and id > :afterId)", Map.of(
                    "afterDate", page.afterDate(0), "afterId", page.afterUuid(1)));
        }
        List<Mission> rows = find(filters.query("MissionEntity", "sortDate, id"), filters.parameters())
                .range(0, page.size()).list().stream().map(MissionEntity::toDomain).toList();
        return Page.of(rows, page.size(), m -> List.of(m.sortDate().toString(), m.id().toString()));
    }

    @Override
    public void forEach(MissionQuery query, Consumer<Mission> sink) {
        Filters filters = filters(query);
        Streams.forEach(find(filters.query("MissionEntity", "sortDate, id"), filters.parameters()), getEntityManager(),
                entity -> sink.accept(entity.toDomain()));
    }

    private static Filters filters(MissionQuery query) {
        return new Filters()
                .equal("organizationId", query.organizationId())
                .equal("electionId", query.electionId())
                .equal("countryId", query.countryId())
                .equal("status", query.status())
                // overlap of [sortDate, last day] with [from, to]; without an end date the mission lasts a day
                .atLeast("coalesce(endDate, sortDate)", query.from())
                .atMost("sortDate", query.to())
                .contains("searchText", query.q())
                .atLeast("updatedAt", query.updatedSince());
    }

    @Override
    public boolean existsOfOrganization(UUID organizationId) {
        return count("organizationId", organizationId) > 0;
    }

    @Override
    public void insert(Mission mission) {
        persist(MissionEntity.from(mission));
        Flushes.flush(getEntityManager(), () -> ConflictException.duplicate("mission", mission.id().toString()));
    }

    @Override
    public void save(Mission mission) {
        findById(mission.id()).copyChangeableFields(mission);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Mission '" + mission.id()
                + "' could not be saved: it conflicts with another record."));
    }

    @Override
    public void remove(UUID id) {
        deleteById(id);
        Flushes.removal(getEntityManager(), "Mission '" + id + "'");
    }
}
