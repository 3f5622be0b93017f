package org.observa.persistence.party;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.party.CampaignObservation;
import org.observa.domain.party.CampaignObservationQuery;
import org.observa.domain.party.CampaignObservationRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;
import org.observa.persistence.shared.Streams;

@ApplicationScoped
public class PanacheCampaignObservationRepository implements CampaignObservationRepository,
        PanacheRepositoryBase<CampaignObservationEntity, UUID> {

    private static final String ORDER = "observedOn, seq";

    @Override
    public Optional<CampaignObservation> byId(UUID id) {
        return findByIdOptional(id).map(CampaignObservationEntity::toDomain);
    }

    @Override
    public Optional<CampaignObservation> byIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(CampaignObservationEntity::toDomain);
    }

    @Override
    public Page<CampaignObservation> search(CampaignObservationQuery query, PageRequest page) {
        Filters filters = filters(query);
        if (!page.isFirst()) {
            filters.where("observedOn > :afterDate or (observedOn = :afterDate and seq > :afterSeq)", Map.of(
                    "afterDate", page.afterDate(0), "afterSeq", page.afterLong(1)));
        }
        List<CampaignObservationEntity> rows = find(filters.query("CampaignObservationEntity", ORDER),
                filters.parameters()).range(0, page.size()).list();
        return Page.of(rows, page.size(), o -> List.of(o.observedOn.toString(), o.seq.toString()))
                .map(CampaignObservationEntity::toDomain);
    }

    @Override
    public void forEach(CampaignObservationQuery query, Consumer<CampaignObservation> sink) {
        Filters filters = filters(query);
        Streams.forEach(find(filters.query("CampaignObservationEntity", ORDER), filters.parameters()),
                getEntityManager(), entity -> sink.accept(entity.toDomain()));
    }

    private static Filters filters(CampaignObservationQuery query) {
        Filters filters = new Filters()
                .equal("missionId", query.missionId())
                .equal("partyId", query.partyId())
                .equal("kind", query.kind())
                .atLeast("updatedAt", query.updatedSince());
        if (query.electionId() != null) {
            // The mission's election, read at query time: a mission may be moved to another election.
            filters.where("missionId in (select m.id from MissionEntity m where m.electionId = :electionId)",
                    Map.of("electionId", query.electionId()));
        }
        return filters;
    }

    @Override
    public boolean existsOfParty(UUID partyId) {
        return count("partyId", partyId) > 0;
    }

    @Override
    public void insert(CampaignObservation observation) {
        persist(CampaignObservationEntity.from(observation));
        Flushes.flush(getEntityManager(), () -> ConflictException.duplicate("campaign observation",
                observation.id().toString()));
    }

    @Override
    public void save(CampaignObservation observation) {
        findById(observation.id()).copyChangeableFields(observation);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Campaign observation '" + observation.id()
                + "' could not be saved: it conflicts with another record."));
    }

    @Override
    public void remove(UUID id) {
        deleteById(id);
        Flushes.removal(getEntityManager(), "Campaign observation '" + id + "'");
    }
}
