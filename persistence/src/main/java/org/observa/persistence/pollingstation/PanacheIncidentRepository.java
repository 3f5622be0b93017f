package org.observa.persistence.pollingstation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.mission.MissionStatus;
import org.observa.domain.pollingstation.Incident;
import org.observa.domain.pollingstation.IncidentCategory;
import org.observa.domain.pollingstation.IncidentQuery;
import org.observa.domain.pollingstation.IncidentRepository;
import org.observa.domain.pollingstation.IncidentSeverity;
import org.observa.domain.pollingstation.IncidentStatus;
import org.observa.domain.pollingstation.IncidentStatusChange;
import org.observa.domain.pollingstation.IncidentStatusChangeQuery;
import org.observa.domain.pollingstation.IncidentTally;
import org.observa.domain.pollingstation.IncidentVisibility;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.persistence.shared.DivisionFilter;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;
import org.observa.persistence.shared.Streams;

@ApplicationScoped
public class PanacheIncidentRepository implements IncidentRepository, PanacheRepositoryBase<IncidentEntity, UUID> {

    private static final String ORDER = "occurredAt desc, id desc";

    private final PanacheIncidentStatusChangeRepository steps;

    public PanacheIncidentRepository(PanacheIncidentStatusChangeRepository steps) {
        this.steps = steps;
    }

    @Override
    public Optional<Incident> byId(UUID id) {
        return findByIdOptional(id).map(IncidentEntity::toDomain);
    }

    @Override
    public Optional<Incident> byIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(IncidentEntity::toDomain);
    }

    @Override
    public Page<Incident> search(IncidentQuery query, PageRequest page) {
        Filters filters = filters(query);
        if (!page.isFirst()) {
            filters.where("(occurredAt, id) < (:afterOccurred, :afterId)", Map.of(
                    "afterOccurred", page.afterInstant(0), "afterId", page.afterUuid(1)));
        }
        List<IncidentEntity> rows = find(filters.query("IncidentEntity", ORDER), filters.parameters())
                .range(0, page.size()).list();
        return Page.of(rows, page.size(), i -> List.of(i.occurredAt.toString(), i.id.toString()))
                .map(IncidentEntity::toDomain);
    }

    @Override
    public void forEach(IncidentQuery query, Consumer<Incident> sink) {
        Filters filters = filters(query);
        Streams.forEach(find(filters.query("IncidentEntity", ORDER), filters.parameters()), getEntityManager(),
                entity -> sink.accept(entity.toDomain()));
    }

    private static Filters filters(IncidentQuery query) {
        Filters filters = new Filters()
                .equal("missionId", query.missionId())
                .equal("electionId", query.electionId())
                .equal("stationId", query.stationId())
                .equal("category", query.category())
                .equal("severity", query.severity())
                .equal("status", query.status())
                .atLeast("occurredAt", query.from())
                .atMost("occurredAt", query.to())
                .contains("searchText", query.q())
                .atLeast("updatedAt", query.updatedSince());
        DivisionFilter.within(filters, "divisionId", query.divisionId());
        BoundingBoxFilter.within(filters, query.bbox());
        visibleTo(filters, query.visibility());
        return filters;
    }

    /** A PLANNED mission's incidents only for its own organisation (see IncidentVisibility). */
    private static void visibleTo(Filters filters, IncidentVisibility visibility) {
        if (visibility == null || visibility.everything()) {
            return;
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("draftStatus", MissionStatus.PLANNED);
        String readers = "m.status <> :draftStatus";
        if (visibility.organizationId() != null) {
            readers += " or m.organizationId = :readerOrganization";
            parameters.put("readerOrganization", visibility.organizationId());
        }
        filters.where("missionId in (select m.id from MissionEntity m where " + readers + ")", parameters);
    }

    @Override
    public void forEachStep(IncidentStatusChangeQuery query, Consumer<IncidentStatusChange> sink) {
        Filters incidents = new Filters()
                .equal("id", query.incidentId())
                .equal("missionId", query.missionId())
                .equal("electionId", query.electionId());
        visibleTo(incidents, query.visibility());
        Filters filters = new Filters().where("incidentId in (select id from IncidentEntity" + incidents.where() + ")",
                incidents.parameters());
        Streams.forEach(steps.find(filters.query("IncidentStatusChangeEntity", "seq"), filters.parameters()),
                getEntityManager(), entity -> sink.accept(entity.toDomain()));
    }

    @Override
    public Optional<IncidentStatusChange> step(UUID id) {
        return Optional.ofNullable(getEntityManager().find(IncidentStatusChangeEntity.class, id))
                .map(IncidentStatusChangeEntity::toDomain);
    }

    @Override
    public Page<IncidentStatusChange> history(UUID incidentId, PageRequest page) {
        Filters filters = new Filters().equal("incidentId", incidentId);
        if (!page.isFirst()) {
            filters.where("seq > :afterSeq", Map.of("afterSeq", page.afterLong(0)));
        }
        var select = getEntityManager()
                .createQuery(filters.query("IncidentStatusChangeEntity", "seq"), IncidentStatusChangeEntity.class)
                .setMaxResults(page.size() + 1);
        filters.parameters().forEach(select::setParameter);
        List<IncidentStatusChangeEntity> rows = select.getResultList();
        return Page.of(rows, page.size(), c -> List.of(c.seq.toString())).map(IncidentStatusChangeEntity::toDomain);
    }

    @Override
    public List<IncidentTally> tally(String electionId, UUID missionId, IncidentVisibility visibility) {
        Filters filters = new Filters().equal("electionId", electionId).equal("missionId", missionId);
        visibleTo(filters, visibility);
        var select = getEntityManager().createQuery("select divisionId, category, severity, status, count(*) from"
                + " IncidentEntity" + filters.where() + " group by divisionId, category, severity, status", Object[].class);
        filters.parameters().forEach(select::setParameter);
        return select.getResultList().stream().map(row -> new IncidentTally((String) row[0], (IncidentCategory) row[1],
                (IncidentSeverity) row[2], (IncidentStatus) row[3], ((Number) row[4]).longValue())).toList();
    }

    @Override
    public void markCentreMoved(UUID centreId, Instant now) {
        update("updatedAt = ?1 where stationId in (select s.id from PollingStationEntity s where s.centreId = ?2)",
                now, centreId);
    }

    @Override
    public void insert(Incident incident) {
        persist(IncidentEntity.from(incident));
        Flushes.flush(getEntityManager(), () -> ConflictException.duplicate("incident", incident.id().toString()));
    }

    @Override
    public void save(Incident incident) {
        findById(incident.id()).copyChangeableFields(incident);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Incident '" + incident.id()
                + "' could not be saved: its station, division or mission changed at the same time."));
    }

    @Override
    public void record(IncidentStatusChange change) {
        getEntityManager().persist(IncidentStatusChangeEntity.from(change));
        Flushes.flush(getEntityManager(), () -> new ConflictException("The status change of incident '"
                + change.incidentId() + "' could not be recorded: the incident was removed at the same time."));
    }

    @Override
    public void remove(UUID id) {
        deleteById(id);
        Flushes.removal(getEntityManager(), "Incident '" + id + "'");
    }
}
