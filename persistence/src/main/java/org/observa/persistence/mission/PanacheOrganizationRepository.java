package org.observa.persistence.mission;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.mission.Organization;
import org.observa.domain.mission.OrganizationQuery;
import org.observa.domain.mission.OrganizationRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;
import org.observa.persistence.shared.Streams;

@ApplicationScoped
public class PanacheOrganizationRepository implements OrganizationRepository,
        PanacheRepositoryBase<OrganizationEntity, UUID> {

    @Override
    public Optional<Organization> byId(UUID id) {
        return findByIdOptional(id).map(OrganizationEntity::toDomain);
    }

    @Override
    public Optional<Organization> byIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(OrganizationEntity::toDomain);
    }

    @Override
    public Page<Organization> search(OrganizationQuery query, PageRequest page) {
        Filters filters = filters(query);
        if (!page.isFirst()) {
            filters.where("sortName > :afterName or (sortName = :afterName and id > :afterId)", Map.of(
                    "afterName", page.afterText(0), "afterId", page.afterUuid(1)));
        }
        List<OrganizationEntity> rows = find(filters.query("OrganizationEntity", "sortName, id"), filters.parameters())
                .range(0, page.size()).list();
        return Page.of(rows, page.size(), o -> List.of(o.sortName, o.id.toString())).map(OrganizationEntity::toDomain);
    }

    @Override
    public void forEach(OrganizationQuery query, Consumer<Organization> sink) {
        Filters filters = filters(query);
        Streams.forEach(find(filters.query("OrganizationEntity", "sortName, id"), filters.parameters()), getEntityManager(),
                entity -> sink.accept(entity.toDomain()));
    }

    private static Filters filters(OrganizationQuery query) {
        return new Filters()
                .equal("classification", query.classification())
                .equal("countryId", query.countryId())
                .contains("searchText", query.q())
                .atLeast("updatedAt", query.updatedSince());
    }

    @Override
    public void insert(Organization organization) {
        persist(OrganizationEntity.from(organization));
        Flushes.flush(getEntityManager(), () -> ConflictException.duplicate("organization", organization.id().toString()));
    }

    @Override
    public void save(Organization organization) {
        findById(organization.id()).copyChangeableFields(organization);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Organization '" + organization.id()
                + "' could not be saved: it conflicts with another record."));
    }

    @Override
    public void remove(UUID id) {
        deleteById(id);
        Flushes.removal(getEntityManager(), "Organization '" + id + "'");
    }
}
