package org.observa.persistence.registry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.registry.RegistrySnapshot;
import org.observa.domain.registry.RegistrySnapshotQuery;
import org.observa.domain.registry.RegistrySnapshotRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.persistence.shared.AnyOf;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;
import org.observa.persistence.shared.Streams;

@ApplicationScoped
public class PanacheRegistrySnapshotRepository
        implements RegistrySnapshotRepository, PanacheRepositoryBase<RegistrySnapshotEntity, UUID> {

    @Override
    public Optional<RegistrySnapshot> byId(UUID id) {
        return findByIdOptional(id).map(RegistrySnapshotEntity::toDomain);
    }

    @Override
    public Optional<RegistrySnapshot> byIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(RegistrySnapshotEntity::toDomain);
    }

    @Override
    public Optional<RegistrySnapshot> byKey(String divisionId, LocalDate referenceDate, String sourceCitation) {
        return find("divisionId = ?1 and referenceDate = ?2 and sourceCitation = ?3", divisionId, referenceDate,
                sourceCitation).firstResultOptional().map(RegistrySnapshotEntity::toDomain);
    }

    @Override
    public Page<RegistrySnapshot> search(RegistrySnapshotQuery query, PageRequest page) {
        Filters filters = filters(query);
        if (!page.isFirst()) {
            filters.where("referenceDate < :afterDate or (referenceDate = :afterDate and id > :afterId)", Map.of(
                    "afterDate", page.afterDate(0), "afterId", page.afterUuid(1)));
        }
        List<RegistrySnapshot> rows = find(filters.query("RegistrySnapshotEntity", "referenceDate desc, id"),
                filters.parameters()).range(0, page.size()).stream().map(RegistrySnapshotEntity::toDomain).toList();
        return Page.of(rows, page.size(), s -> List.of(s.referenceDate().toString(), s.id().toString()));
    }

    @Override
    public void forEach(RegistrySnapshotQuery query, Consumer<RegistrySnapshot> sink) {
        Filters filters = filters(query);
        Streams.forEach(find(filters.query("RegistrySnapshotEntity", "referenceDate desc, id"), filters.parameters()),
                getEntityManager(), entity -> sink.accept(entity.toDomain()));
    }

    private static Filters filters(RegistrySnapshotQuery query) {
        Filters filters = new Filters()
                .equal("electionId", query.electionId())
                .atLeast("referenceDate", query.from())
                .atMost("referenceDate", query.to())
                .atLeast("updatedAt", query.updatedSince());
        if (query.divisionId() != null) {
            if (query.includeDescendants()) {
                // The country condition lets the country index narrow the rows whatever plan the LIKE gets.
                filters.equal("countryId", countryOf(query.divisionId()))
                        .where("divisionId = :division or divisionId like :descendants escape '\\'", Map.of(
                                "division", query.divisionId(), "descendants", likeLiteral(query.divisionId()) + "-%"));
            } else {
                filters.equal("divisionId", query.divisionId());
            }
        }
        return filters;
    }

    @Override
    public List<RegistrySnapshot> ofDivisions(Collection<String> divisionIds) {
        return AnyOf.rows(getEntityManager(), "select * from registry_snapshot where division_id = any(:ids)",
                RegistrySnapshotEntity.class, divisionIds).stream().map(RegistrySnapshotEntity::toDomain).toList();
    }

    @Override
    public List<RegistrySnapshot> inCountry(String countryId) {
        return list("countryId", countryId).stream().map(RegistrySnapshotEntity::toDomain).toList();
    }

    @Override
    public void insert(RegistrySnapshot snapshot) {
        persist(RegistrySnapshotEntity.from(snapshot));
        // Reached only when a concurrent request stored the same key after the service checked it.
        Flushes.flush(getEntityManager(), () -> new ConflictException("There is already a registry snapshot '"
                + snapshot.id() + "', or one of '" + snapshot.divisionId() + "' on " + snapshot.referenceDate()
                + " from the same source."));
    }

    @Override
    public void save(RegistrySnapshot snapshot) {
        findById(snapshot.id()).copyChangeableFields(snapshot);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Registry snapshot '" + snapshot.id()
                + "' could not be saved: another snapshot of its division, date and source was saved at the same time."));
    }

    @Override
    public void remove(UUID id) {
        deleteById(id);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Registry snapshot '" + id
                + "' is cited by other records (a mission's finding); remove those first."));
    }

    // A division's country is the first two letters of its code; a shorter filter value matches nothing anyway.
    private static String countryOf(String divisionId) {
        return divisionId.length() < 2 ? divisionId : divisionId.substring(0, 2);
    }

    // The filter is a literal code: LIKE's wildcards in it must not widen the match.
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
