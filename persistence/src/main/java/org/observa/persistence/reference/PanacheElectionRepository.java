package org.observa.persistence.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.observa.domain.reference.Election;
import org.observa.domain.reference.ElectionQuery;
import org.observa.domain.reference.ElectionRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;
import org.observa.persistence.shared.Streams;

@ApplicationScoped
public class PanacheElectionRepository implements ElectionRepository, PanacheRepositoryBase<ElectionEntity, String> {

    @Override
    public Optional<Election> byId(String id) {
        return findByIdOptional(id).map(ElectionEntity::toDomain);
    }

    @Override
    public Optional<Election> byIdForUpdate(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(ElectionEntity::toDomain);
    }

    @Override
    public Page<Election> search(ElectionQuery query, PageRequest page) {
        Filters filters = filters(query);
        if (!page.isFirst()) {
            filters.where("pollingDate < :afterDate or (pollingDate = :afterDate and id > :afterId)", Map.of(
                    "afterDate", page.afterDate(0), "afterId", page.afterText(1)));
        }
        List<Election> rows = find(filters.query("ElectionEntity", "pollingDate desc, id"), filters.parameters())
                .range(0, page.size()).stream().map(ElectionEntity::toDomain).toList();
        return Page.of(rows, page.size(), e -> List.of(e.pollingDate().toString(), e.id()));
    }

    @Override
    public void forEach(ElectionQuery query, Consumer<Election> sink) {
        Filters filters = filters(query);
        Streams.forEach(find(filters.query("ElectionEntity", "pollingDate desc, id"), filters.parameters()),
                getEntityManager(), entity -> sink.accept(entity.toDomain()));
    }

    private static Filters filters(ElectionQuery query) {
        return new Filters()
                .equal("countryId", query.countryId())
                .equal("type", query.type())
                .atLeast("pollingDate", query.from())
                .atMost("pollingDate", query.to())
                .contains("searchText", query.q())
                .atLeast("updatedAt", query.updatedSince());
    }

    @Override
    public boolean existsInCountry(String countryId) {
        return count("countryId", countryId) > 0;
    }

    @Override
    public void insert(Election election) {
        persist(ElectionEntity.from(election));
        Flushes.flush(getEntityManager(), () -> ConflictException.duplicate("election", election.id()));
    }

    @Override
    public void save(Election election) {
        findById(election.id()).copyChangeableFields(election);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Election '" + election.id()
                + "' could not be saved: it conflicts with another record."));
    }

    @Override
    public void remove(String id) {
        deleteById(id);
        Flushes.removal(getEntityManager(), "Election '" + id + "'");
    }
}
