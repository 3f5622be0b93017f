package org.observa.persistence.tabulation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.tabulation.ObservedResult;
import org.observa.domain.tabulation.ObservedResultQuery;
import org.observa.domain.tabulation.ObservedResultRepository;
import org.observa.domain.tabulation.StationResult;
import org.observa.persistence.shared.DivisionFilter;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;
import org.observa.persistence.shared.Streams;

@ApplicationScoped
public class PanacheObservedResultRepository
        implements ObservedResultRepository, PanacheRepositoryBase<ObservedResultEntity, UUID> {

    private static final String ORDER = "stationId, seq";

    @Override
    public Optional<ObservedResult> byId(UUID id) {
        return findByIdOptional(id).map(ObservedResultEntity::toDomain);
    }

    @Override
    public Optional<ObservedResult> byIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(ObservedResultEntity::toDomain);
    }

    @Override
    public boolean existsForVisit(UUID visitId) {
        return count("visitId", visitId) > 0;
    }

    @Override
    public Page<ObservedResult> search(ObservedResultQuery query, PageRequest page) {
        Filters filters = filters(query);
        if (!page.isFirst()) {
            filters.where("(stationId, seq) > (:afterStation, :afterSeq)",
                    Map.of("afterStation", page.afterUuid(0), "afterSeq", page.afterLong(1)));
        }
        List<ObservedResultEntity> rows = find(filters.query("ObservedResultEntity", ORDER), filters.parameters())
                .range(0, page.size()).list();
        return Page.of(rows, page.size(), r -> List.of(r.stationId.toString(), r.seq.toString()))
                .map(ObservedResultEntity::toDomain);
    }

    @Override
    public void forEach(ObservedResultQuery query, Consumer<ObservedResult> sink) {
        Filters filters = filters(query);
        Streams.forEach(find(filters.query("ObservedResultEntity", ORDER), filters.parameters()), getEntityManager(),
                entity -> sink.accept(entity.toDomain()));
    }

    private static Filters filters(ObservedResultQuery query) {
        Filters filters = new Filters()
                .equal("missionId", query.missionId())
                .equal("electionId", query.electionId())
                .equal("stationId", query.stationId())
                .atLeast("updatedAt", query.updatedSince());
        DivisionFilter.within(filters, "divisionId", query.divisionId());
        return filters;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<Map.Entry<ObservedResult, StationResult>> differingFromOfficial(String electionId, String divisionId,
                                                                                 PageRequest page) {
        Filters filters = new Filters().equal("o.electionId", electionId);
        DivisionFilter.within(filters, "o.divisionId", divisionId);
        // the figures both sheets give: a figure only one of them gives is not a difference
        filters.where("(o.figures.validVotes <> r.figures.validVotes"
                + " or cast(o.figures.votes as String) <> cast(r.figures.votes as String)"
                + " or o.figures.ballotsCast <> r.figures.ballotsCast"
                + " or o.figures.invalidVotes <> r.figures.invalidVotes"
                + " or o.figures.registeredVoters <> r.figures.registeredVoters)", Map.of());
        if (!page.isFirst()) {
            filters.where("(o.stationId, o.seq) > (:afterStation, :afterSeq)",
                    Map.of("afterStation", page.afterUuid(0), "afterSeq", page.afterLong(1)));
        }
        var select = getEntityManager().createQuery("select o, r from ObservedResultEntity o, StationResultEntity r"
                + filters.where() + " and r.stationId = o.stationId order by o.stationId, o.seq", Object[].class)
                .setMaxResults(page.size() + 1);
        filters.parameters().forEach(select::setParameter);
        List<Object[]> rows = select.getResultList();
        return Page.of(rows, page.size(), row -> List.of(((ObservedResultEntity) row[0]).stationId.toString(),
                        ((ObservedResultEntity) row[0]).seq.toString()))
                .map(row -> new AbstractMap.SimpleImmutableEntry<>(((ObservedResultEntity) row[0]).toDomain(),
                        ((StationResultEntity) row[1]).toDomain()));
    }

    @Override
    public void insert(ObservedResult result) {
        persist(ObservedResultEntity.from(result));
        Flushes.flush(getEntityManager(), () -> new ConflictException("Visit '" + result.visitId()
                + "' has its observed result already, or the result '" + result.id() + "' exists."));
    }

    @Override
    public void save(ObservedResult result) {
        findById(result.id()).copyChangeableFields(result);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Observed result '" + result.id()
                + "' could not be saved: its station changed at the same time."));
    }

    @Override
    public void remove(UUID id) {
        deleteById(id);
        Flushes.removal(getEntityManager(), "Observed result '" + id + "'");
    }
}
