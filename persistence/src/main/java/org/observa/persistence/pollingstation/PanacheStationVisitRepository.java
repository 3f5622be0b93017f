package org.observa.persistence.pollingstation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.pollingstation.StationVisit;
import org.observa.domain.pollingstation.StationVisitQuery;
import org.observa.domain.pollingstation.StationVisitRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.persistence.shared.DivisionFilter;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;
import org.observa.persistence.shared.Streams;

@ApplicationScoped
public class PanacheStationVisitRepository implements StationVisitRepository,
        PanacheRepositoryBase<StationVisitEntity, UUID> {

    private static final String ORDER = "visitedOn, seq";

    @Override
    public Optional<StationVisit> byId(UUID id) {
        return findByIdOptional(id).map(StationVisitEntity::toDomain);
    }

    @Override
    public Optional<StationVisit> byIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(StationVisitEntity::toDomain);
    }

    @Override
    public Page<StationVisit> search(StationVisitQuery query, PageRequest page) {
        Filters filters = filters(query);
        if (!page.isFirst()) {
            filters.where("(visitedOn, seq) > (:afterDate, :afterSeq)", Map.of(
                    "afterDate", page.afterDate(0), "afterSeq", page.afterLong(1)));
        }
        List<StationVisitEntity> rows = find(filters.query("StationVisitEntity", ORDER), filters.parameters())
                .range(0, page.size()).list();
        return Page.of(rows, page.size(), v -> List.of(v.visitedOn.toString(), v.seq.toString()))
                .map(StationVisitEntity::toDomain);
    }

    @Override
    public void forEach(StationVisitQuery query, Consumer<StationVisit> sink) {
        Filters filters = filters(query);
        Streams.forEach(find(filters.query("StationVisitEntity", ORDER), filters.parameters()), getEntityManager(),
                entity -> sink.accept(entity.toDomain()));
    }

    private static Filters filters(StationVisitQuery query) {
        Filters filters = new Filters()
                .equal("missionId", query.missionId())
                .equal("stationId", query.stationId())
                .equal("electionId", query.electionId())
                .equal("phase", query.phase())
                .equal("assessment", query.assessment())
                .atLeast("updatedAt", query.updatedSince());
        if (query.divisionId() != null) {
            // A visit is where its station is.
            filters.where("stationId in (select s.id from PollingStationEntity s where "
                    + DivisionFilter.clause("s.divisionId") + ")", DivisionFilter.parameters(query.divisionId()));
        }
        return filters;
    }

    @Override
    public boolean existsAtStation(UUID stationId) {
        return find("stationId", stationId).firstResultOptional().isPresent();
    }

    @Override
    public boolean isCitedAsEvidence(UUID id) {
        // Findings keep their evidence as JSON ([{"kind": ..., "id": ...}]): containment finds a citation.
        return !getEntityManager().createNativeQuery(
                        "select 1 from finding where evidence @> cast(:cited as jsonb) limit 1")
                .setParameter("cited", "[{\"kind\": \"STATION_VISIT\", \"id\": \"" + id + "\"}]")
                .getResultList().isEmpty();
    }

    @Override
    public void insert(StationVisit visit) {
        persist(StationVisitEntity.from(visit));
        Flushes.flush(getEntityManager(), () -> ConflictException.duplicate("station visit", visit.id().toString()));
    }

    @Override
    public void save(StationVisit visit) {
        findById(visit.id()).copyChangeableFields(visit);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Station visit '" + visit.id()
                + "' could not be saved: its station or mission changed at the same time."));
    }

    @Override
    public void remove(UUID id) {
        deleteById(id);
        Flushes.removal(getEntityManager(), "Station visit '" + id + "'");
    }
}
