package org.observa.persistence.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.observa.domain.partner.ApiKey;
import org.observa.domain.partner.ApiKeyQuery;
import org.observa.domain.partner.ApiKeyRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;

@ApplicationScoped
public class PanacheApiKeyRepository implements ApiKeyRepository, PanacheRepositoryBase<ApiKeyEntity, UUID> {

    @Override
    public Optional<ApiKey> byId(UUID id) {
        return findByIdOptional(id).map(ApiKeyEntity::toDomain);
    }

    @Override
    public Optional<ApiKey> byIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(ApiKeyEntity::toDomain);
    }

    @Override
    public Optional<Credential> credential(UUID id) {
        return findByIdOptional(id).map(entity -> new Credential(entity.toDomain(), entity.secretHash));
    }

    @Override
    public Page<ApiKey> search(ApiKeyQuery query, PageRequest page) {
        Filters filters = new Filters().equal("organizationId", query.organizationId());
        if (!page.isFirst()) {
            filters.where("createdAt > :afterCreated or (createdAt = :afterCreated and id > :afterId)",
                    Map.of("afterCreated", page.afterInstant(0), "afterId", page.afterUuid(1)));
        }
        List<ApiKey> rows = find(filters.query("ApiKeyEntity", "createdAt, id"), filters.parameters())
                .range(0, page.size()).stream().map(ApiKeyEntity::toDomain).toList();
        return Page.of(rows, page.size(), key -> List.of(key.createdAt().toString(), key.id().toString()));
    }

    @Override
    public void insert(ApiKey key, byte[] secretHash) {
        persist(ApiKeyEntity.from(key, secretHash));
        Flushes.flush(getEntityManager(), () -> ConflictException.duplicate("API key", key.id().toString()));
    }

    @Override
    public void save(ApiKey key) {
        findById(key.id()).copyChangeableFields(key);
        Flushes.flush(getEntityManager(), () -> new ConflictException("API key '" + key.id() + "' could not be saved."));
    }

    @Override
    public void removeRevokedOf(UUID organizationId) {
        delete("organizationId = ?1 and revokedAt is not null", organizationId);
    }
}
