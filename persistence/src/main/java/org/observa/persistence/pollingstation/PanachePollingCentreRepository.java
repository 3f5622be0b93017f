package org.observa.persistence.pollingstation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.pollingstation.PollingCentre;
import org.observa.domain.pollingstation.PollingCentreQuery;
import org.observa.domain.pollingstation.PollingCentreRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.persistence.shared.DivisionFilter;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;
import org.observa.persistence.shared.Streams;

@ApplicationScoped
public class PanachePollingCentreRepository implements PollingCentreRepository,
        PanacheRepositoryBase<PollingCentreEntity, UUID> {

    private static final String ORDER = "electionId, sortName, id";

    @Override
    public Optional<PollingCentre> byId(UUID id) {
        return findByIdOptional(id).map(PollingCentreEntity::toDomain);
    }

    @Override
    public Optional<PollingCentre> byIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(PollingCentreEntity::toDomain);
    }

    @Override
    public Page<PollingCentre> search(PollingCentreQuery query, PageRequest page) {
        Filters filters = filters(query);
        if (!page.isFirst()) {
            filters.where(after(query.electionId()), Map.of("afterElection", page.afterText(0), "afterName",
                    page.afterText(1), "afterId", page.afterUuid(2)));
        }
        List<PollingCentreEntity> rows = find(filters.query("PollingCentreEntity", ORDER), filters.parameters())
                .range(0, page.size()).list();
        return Page.of(rows, page.size(), c -> List.of(c.electionId, c.sortName, c.id.toString()))
                .map(PollingCentreEntity::toDomain);
    }

    /**
     * The keyset position as a row comparison, so that the index seeks to it and a deep page costs what the
     * first does. Within one election the comparison leaves the election out: next to the equality on it,
     * PostgreSQL would otherwise start the scan at the election's first row and filter its way to the position.
     */
    private static String after(String electionId) {
        return electionId != null
                ? "electionId = :afterElection and (sortName, id) > (:afterName, :afterId)"
                : "(electionId, sortName, id) > (:afterElection, :afterName, :afterId)";
    }

    @Override
    public void forEach(PollingCentreQuery query, Consumer<PollingCentre> sink) {
        Filters filters = filters(query);
        Streams.forEach(find(filters.query("PollingCentreEntity", ORDER), filters.parameters()), getEntityManager(),
                entity -> sink.accept(entity.toDomain()));
    }

    private static Filters filters(PollingCentreQuery query) {
        Filters filters = new Filters()
                .equal("electionId", query.electionId())
                .contains("searchText", query.q())
                .atLeast("updatedAt", query.updatedSince());
        DivisionFilter.within(filters, "divisionId", query.divisionId());
        return filters;
    }

    @Override
    public void insert(PollingCentre centre) {
        persist(PollingCentreEntity.from(centre));
        Flushes.flush(getEntityManager(), () -> ConflictException.duplicate("polling centre", centre.id().toString()));
    }

    @Override
    public void save(PollingCentre centre) {
        findById(centre.id()).copyChangeableFields(centre);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Polling centre '" + centre.id()
                + "' could not be saved: it conflicts with another record."));
    }

    @Override
    public void remove(UUID id) {
        deleteById(id);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Polling centre '" + id
                + "' still has polling stations; delete or move them first."));
    }
}
