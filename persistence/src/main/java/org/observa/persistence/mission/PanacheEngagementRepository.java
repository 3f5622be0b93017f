package org.observa.persistence.mission;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.mission.DateSpan;
import org.observa.domain.mission.Engagement;
import org.observa.domain.mission.EngagementQuery;
import org.observa.domain.mission.EngagementRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;
import org.observa.persistence.shared.Streams;

@ApplicationScoped
public class PanacheEngagementRepository implements EngagementRepository,
        PanacheRepositoryBase<EngagementEntity, UUID> {

    @Override
    public Optional<Engagement> byId(UUID id) {
        return findByIdOptional(id).map(EngagementEntity::toDomain);
    }

    @Override
    public Optional<Engagement> byIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(EngagementEntity::toDomain);
    }

    @Override
    public Page<Engagement> search(EngagementQuery query, PageRequest page) {
        Filters filters = filters(query);
        if (!page.isFirst()) {
            filters.where("startDate > :afterDate or (startDate = :afterDate and seq > :afterSeq)", Map.of(
                    "afterDate", page.afterDate(0), "afterSeq", page.afterLong(1)));
        }
        List<EngagementEntity> rows = find(filters.query("EngagementEntity", "startDate, seq"), filters.parameters())
                .range(0, page.size()).list();
        return Page.of(rows, page.size(), e -> List.of(e.startDate.toString(), e.seq.toString()))
                .map(EngagementEntity::toDomain);
    }

    @Override
    public void forEach(EngagementQuery query, Consumer<Engagement> sink) {
        Filters filters = filters(query);
        Streams.forEach(find(filters.query("EngagementEntity", "startDate, seq"), filters.parameters()), getEntityManager(),
                entity -> sink.accept(entity.toDomain()));
    }

    private static Filters filters(EngagementQuery query) {
        return new Filters()
                .equal("missionId", query.missionId())
                .equal("kind", query.kind())
                .atLeast("updatedAt", query.updatedSince());
    }

    @Override
    public Optional<DateSpan> spanOfMission(UUID missionId) {
        Object[] span = getEntityManager().createQuery(
                        "select min(startDate), max(coalesce(endDate, startDate)) from EngagementEntity where missionId = :missionId",
                        Object[].class)
                .setParameter("missionId", missionId).getSingleResult();
        return span[0] == null ? Optional.empty() : Optional.of(new DateSpan((LocalDate) span[0], (LocalDate) span[1]));
    }

    @Override
    public boolean existsInMission(UUID missionId) {
        return count("missionId", missionId) > 0;
    }

    @Override
    public boolean existsWithCounterpart(UUID organizationId) {
        return count("counterpartId", organizationId) > 0;
    }

    @Override
    public void insert(Engagement engagement) {
        persist(EngagementEntity.from(engagement));
        Flushes.flush(getEntityManager(), () -> ConflictException.duplicate("engagement", engagement.id().toString()));
    }

    @Override
    public void save(Engagement engagement) {
        findById(engagement.id()).copyChangeableFields(engagement);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Engagement '" + engagement.id()
                + "' could not be saved: it conflicts with another record."));
    }

    @Override
    public void remove(UUID id) {
        deleteById(id);
        Flushes.removal(getEntityManager(), "Engagement '" + id + "'");
    }

    @Override
    public void removeAllOfMission(UUID missionId) {
        list("missionId", missionId).forEach(this::delete);
        Flushes.removalOfAll(getEntityManager(), "The engagements of mission '" + missionId + "'");
    }
}
