package org.observa.persistence.party;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.observa.domain.party.ElectionResults;
import org.observa.domain.party.ElectionResultsRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.persistence.shared.Flushes;

@ApplicationScoped
public class PanacheElectionResultsRepository implements ElectionResultsRepository,
        PanacheRepositoryBase<ElectionResultsEntity, String> {

    @Override
    public Optional<ElectionResults> byElection(String electionId) {
        return findByIdOptional(electionId).map(header -> header.toDomain(
                parts(ResultRowEntity.class, electionId, ResultRowEntity::toDomain),
                parts(ResultTotalEntity.class, electionId, ResultTotalEntity::toDomain)));
    }

    /**
     * The rows or totals of a table, in upload order. They are detached once read: a replacement writes new
     * ones under the same keys, which the session must not mistake for the old ones.
     */
    private <E, T> List<T> parts(Class<E> type, String electionId, Function<E, T> toDomain) {
        EntityManager entityManager = getEntityManager();
        List<E> entities = entityManager.createQuery("from " + type.getSimpleName()
                        + " where electionId = :electionId order by position", type)
                .setParameter("electionId", electionId).getResultList();
        List<T> parts = entities.stream().map(toDomain).toList();
        entities.forEach(entityManager::detach);
        return parts;
    }

    @Override
    public boolean listsParticipation(UUID participationId) {
        return getEntityManager().createQuery(
                        "select count(*) from ResultRowEntity where participationId = :participationId", Long.class)
                .setParameter("participationId", participationId).getSingleResult() > 0;
    }

    @Override
    public void replace(ElectionResults results) {
        String electionId = results.electionId();
        findByIdOptional(electionId).ifPresentOrElse(
                header -> header.copyChangeableFields(results),
                () -> persist(ElectionResultsEntity.from(results)));
        Flushes.flush(getEntityManager(), () -> new ConflictException("The results table of election '" + electionId
                + "' was written meanwhile; read it again and retry."));
        removeParts(electionId);
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < results.rows().size(); i++) {
            parts.add(ResultRowEntity.from(electionId, i, results.rows().get(i)));
        }
        for (int i = 0; i < results.totals().size(); i++) {
            parts.add(ResultTotalEntity.from(electionId, i, results.totals().get(i)));
        }
        EntityManager entityManager = getEntityManager();
        parts.forEach(entityManager::persist);
        Flushes.flush(entityManager, () -> new ConflictException("The results table of election '" + electionId
                + "' could not be stored: a participation or division it names was changed meanwhile; retry."));
        // Written; a later replacement in the same transaction writes under the same keys again.
        parts.forEach(entityManager::detach);
    }

    @Override
    public void remove(String electionId) {
        removeParts(electionId);
        deleteById(electionId);
        Flushes.flush(getEntityManager(), () -> new ConflictException("The results table of election '" + electionId
                + "' could not be deleted: it conflicts with another record."));
    }

    private void removeParts(String electionId) {
        for (String part : List.of("ResultRowEntity", "ResultTotalEntity")) {
            getEntityManager().createQuery("delete from " + part + " where electionId = :electionId")
                    .setParameter("electionId", electionId).executeUpdate();
        }
    }
}
