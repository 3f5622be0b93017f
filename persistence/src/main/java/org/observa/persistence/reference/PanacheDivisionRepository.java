package org.observa.persistence.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.observa.domain.reference.Division;
import org.observa.domain.reference.DivisionQuery;
import org.observa.domain.reference.DivisionRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;
import org.observa.persistence.shared.Streams;

@ApplicationScoped
public class PanacheDivisionRepository implements DivisionRepository, PanacheRepositoryBase<DivisionEntity, String> {

    @Override
    public Optional<Division> byId(String id) {
        return findByIdOptional(id).map(DivisionEntity::toDomain);
    }

    @Override
    public Optional<Division> byIdForUpdate(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(DivisionEntity::toDomain);
    }

    @Override
    public Page<Division> search(DivisionQuery query, PageRequest page) {
        Filters filters = filters(query);
        if (!page.isFirst()) {
            filters.where("id > :afterId", Map.of("afterId", page.afterText(0)));
        }
        List<Division> rows = find(filters.query("DivisionEntity", "id"), filters.parameters())
                .range(0, page.size()).stream().map(DivisionEntity::toDomain).toList();
        return Page.of(rows, page.size(), division -> List.of(division.id()));
    }

    @Override
    public void forEach(DivisionQuery query, Consumer<Division> sink) {
        Filters filters = filters(query);
        Streams.forEach(find(filters.query("DivisionEntity", "id"), filters.parameters()), getEntityManager(),
                entity -> sink.accept(entity.toDomain()));
    }

    private static Filters filters(DivisionQuery query) {
        return new Filters()
                .equal("parentId", query.parentId())
                .equal("countryId", query.countryId())
                .equal("level", query.level())
                .contains("searchText", query.q())
                .atLeast("updatedAt", query.updatedSince());
    }

    @Override
    public boolean hasChildren(String id) {
        return count("parentId", id) > 0;
    }

    @Override
    public void insert(Division division) {
        persist(DivisionEntity.from(division));
        Flushes.flush(getEntityManager(), () -> ConflictException.duplicate("division", division.id()));
    }

    @Override
    public void save(Division division) {
        findById(division.id()).copyChangeableFields(division);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Division '" + division.id()
                + "' could not be saved: it conflicts with another record."));
    }

    @Override
    public void remove(String id) {
        deleteById(id);
        Flushes.removal(getEntityManager(), "Division '" + id + "'");
    }
}
