package org.observa.persistence.party;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.party.Participation;
import org.observa.domain.party.ParticipationQuery;
import org.observa.domain.party.ParticipationRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;
import org.observa.persistence.shared.Streams;

@ApplicationScoped
public class PanacheParticipationRepository implements ParticipationRepository,
        PanacheRepositoryBase<ParticipationEntity, UUID> {

    private static final String ORDER = "electionId, seq";

    @Override
    public Optional<Participation> byId(UUID id) {
        return findByIdOptional(id).map(ParticipationEntity::toDomain);
    }

    @Override
    public Optional<Participation> byIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(ParticipationEntity::toDomain);
    }

    @Override
    public Optional<Participation> byElectionAndParty(String electionId, UUID partyId) {
        return find("electionId = ?1 and partyId = ?2", electionId, partyId).firstResultOptional()
                .map(ParticipationEntity::toDomain);
    }

    @Override
    public List<Participation> ofElection(String electionId) {
        return list("electionId = ?1 order by seq", electionId).stream().map(ParticipationEntity::toDomain).toList();
    }

    @Override
    public Page<Participation> search(ParticipationQuery query, PageRequest page) {
        Filters filters = filters(query);
        if (!page.isFirst()) {
            filters.where("electionId > :afterElection or (electionId = :afterElection and seq > :afterSeq)", Map.of(
                    "afterElection", page.afterText(0), "afterSeq", page.afterLong(1)));
        }
        List<ParticipationEntity> rows = find(filters.query("ParticipationEntity", ORDER), filters.parameters())
                .range(0, page.size()).list();
        return Page.of(rows, page.size(), p -> List.of(p.electionId, p.seq.toString()))
                .map(ParticipationEntity::toDomain);
    }

    @Override
    public void forEach(ParticipationQuery query, Consumer<Participation> sink) {
        Filters filters = filters(query);
        Streams.forEach(find(filters.query("ParticipationEntity", ORDER), filters.parameters()), getEntityManager(),
                entity -> sink.accept(entity.toDomain()));
    }

    private static Filters filters(ParticipationQuery query) {
        return new Filters()
                .equal("electionId", query.electionId())
                .equal("status", query.status())
                .atLeast("updatedAt", query.updatedSince());
    }

    @Override
    public boolean existsOfParty(UUID partyId) {
        return count("partyId", partyId) > 0;
    }

    @Override
    public void insert(Participation participation) {
        persist(ParticipationEntity.from(participation));
        Flushes.flush(getEntityManager(), () -> new ConflictException("Participation '" + participation.id()
                + "' could not be recorded: its id, or its party's participation in election '"
                + participation.electionId() + "', was recorded meanwhile."));
    }

    @Override
    public void save(Participation participation) {
        findById(participation.id()).copyChangeableFields(participation);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Participation '" + participation.id()
                + "' could not be saved: it conflicts with another record."));
    }

    @Override
    public void remove(UUID id) {
        deleteById(id);
        Flushes.removal(getEntityManager(), "Participation '" + id + "'");
    }
}
