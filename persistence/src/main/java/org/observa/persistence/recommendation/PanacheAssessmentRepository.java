package org.observa.persistence.recommendation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.recommendation.Assessment;
import org.observa.domain.recommendation.AssessmentQuery;
import org.observa.domain.recommendation.AssessmentRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.persistence.shared.AnyOf;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;
import org.observa.persistence.shared.Streams;

@ApplicationScoped
public class PanacheAssessmentRepository implements AssessmentRepository, PanacheRepositoryBase<AssessmentEntity, UUID> {

    @Override
    public Optional<Assessment> byId(UUID id) {
        return findByIdOptional(id).map(AssessmentEntity::toDomain);
    }

    @Override
    public Optional<Assessment> byIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(AssessmentEntity::toDomain);
    }

    @Override
    public Page<Assessment> search(AssessmentQuery query, PageRequest page) {
        Filters filters = filters(query);
        if (!page.isFirst()) {
            filters.where("assessedOn > :afterDate or (assessedOn = :afterDate and seq > :afterSeq)", Map.of(
                    "afterDate", page.afterDate(0), "afterSeq", page.afterLong(1)));
        }
        List<AssessmentEntity> rows = find(filters.query("AssessmentEntity", "assessedOn, seq"), filters.parameters())
                .range(0, page.size()).list();
        return Page.of(rows, page.size(), a -> List.of(a.assessedOn.toString(), a.seq.toString()))
                .map(AssessmentEntity::toDomain);
    }

    @Override
    public void forEach(AssessmentQuery query, Consumer<Assessment> sink) {
        Filters filters = filters(query);
        Streams.forEach(find(filters.query("AssessmentEntity", "recommendationId, assessedOn, seq"), filters.parameters()),
                getEntityManager(), entity -> sink.accept(entity.toDomain()));
    }

    private static Filters filters(AssessmentQuery query) {
        Filters filters = new Filters()
                .equal("recommendationId", query.recommendationId())
                .equal("organizationId", query.organizationId())
                .equal("status", query.status())
                .atLeast("updatedAt", query.updatedSince());
        if (query.countryId() != null) {
            filters.where("recommendationId in (select r.id from RecommendationEntity r where r.countryId = :country)",
                    Map.of("country", query.countryId()));
        }
        return filters;
    }

    @Override
    public List<Assessment> ofRecommendations(Collection<UUID> recommendationIds) {
        return AnyOf.rows(getEntityManager(), "select * from assessment where recommendation_id = any(:ids)"
                        + " order by assessed_on, seq", AssessmentEntity.class, recommendationIds).stream()
                .map(AssessmentEntity::toDomain).toList();
    }

    @Override
    public void insert(Assessment assessment) {
        persist(AssessmentEntity.from(assessment));
        Flushes.flush(getEntityManager(), () -> ConflictException.duplicate("assessment", assessment.id().toString()));
    }

    @Override
    public void save(Assessment assessment) {
        findById(assessment.id()).copyChangeableFields(assessment);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Assessment '" + assessment.id()
                + "' could not be saved: it conflicts with another record."));
    }

    @Override
    public void remove(UUID id) {
        deleteById(id);
        Flushes.removal(getEntityManager(), "Assessment '" + id + "'");
    }

    @Override
    public void removeAllOfRecommendation(UUID recommendationId) {
        list("recommendationId", recommendationId).forEach(this::delete);
        Flushes.removalOfAll(getEntityManager(), "The assessments of recommendation '" + recommendationId + "'");
    }
}
