package org.observa.persistence.mission;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.mission.Finding;
import org.observa.domain.mission.FindingQuery;
import org.observa.domain.mission.FindingRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;
import org.observa.persistence.shared.Streams;

@ApplicationScoped
public class PanacheFindingRepository implements FindingRepository, PanacheRepositoryBase<FindingEntity, UUID> {

    @Override
    public Optional<Finding> byId(UUID id) {
        return findByIdOptional(id).map(FindingEntity::toDomain);
    }

    @Override
    public Optional<Finding> byIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(FindingEntity::toDomain);
    }

    @Override
    public Page<Finding> search(FindingQuery query, PageRequest page) {
        Filters filters = filters(query);
        if (!page.isFirst()) {
            filters.where("seq > :afterSeq", Map.of("afterSeq", page.afterLong(0)));
        }
        List<FindingEntity> rows = find(filters.query("FindingEntity", "seq"), filters.parameters())
                .range(0, page.size()).list();
        return Page.of(rows, page.size(), f -> List.of(f.seq.toString())).map(FindingEntity::toDomain);
    }

    @Override
    public void forEach(FindingQuery query, Consumer<Finding> sink) {
        Filters filters = filters(query);
        Streams.forEach(find(filters.query("FindingEntity", "seq"), filters.parameters()), getEntityManager(),
                entity -> sink.accept(entity.toDomain()));
    }

    private static Filters filters(FindingQuery query) {
        return new Filters()
                .equal("missionId", query.missionId())
                .equal("kind", query.kind())
                .equal("phase", query.phase())
                .atLeast("updatedAt", query.updatedSince());
    }

    @Override
    public boolean existsInMission(UUID missionId) {
        return count("missionId", missionId) > 0;
    }

    @Override
    public void insert(Finding finding) {
        persist(FindingEntity.from(finding));
        Flushes.flush(getEntityManager(), () -> ConflictException.duplicate("finding", finding.id().toString()));
    }

    @Override
    public void save(Finding finding) {
        findById(finding.id()).copyChangeableFields(finding);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Finding '" + finding.id()
                + "' could not be saved: it conflicts with another record."));
    }

    @Override
    public void remove(UUID id) {
        deleteById(id);
        Flushes.removal(getEntityManager(), "Finding '" + id + "'");
    }

    @Override
    public void removeAllOfMission(UUID missionId) {
        list("missionId", missionId).forEach(this::delete);
        Flushes.removalOfAll(getEntityManager(), "The findings of mission '" + missionId + "'");
    }
}
