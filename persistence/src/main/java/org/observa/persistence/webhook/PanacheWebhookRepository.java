package org.observa.persistence.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.observa.domain.partner.ChangePosition;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.webhook.Webhook;
import org.observa.domain.webhook.WebhookQuery;
import org.observa.domain.webhook.WebhookRepository;
import org.observa.domain.webhook.WebhookSecrets;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;

@ApplicationScoped
public class PanacheWebhookRepository implements WebhookRepository, PanacheRepositoryBase<WebhookEntity, UUID> {

    @Override
    public Optional<Webhook> byId(UUID id) {
        return findByIdOptional(id).map(WebhookEntity::toDomain);
    }

    @Override
    public Optional<Webhook> byIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(WebhookEntity::toDomain);
    }

    @Override
    public Page<Webhook> search(WebhookQuery query, PageRequest page) {
        Filters filters = new Filters().equal("organizationId", query.organizationId());
        if (!page.isFirst()) {
            filters.where("createdAt > :afterCreated or (createdAt = :afterCreated and id > :afterId)",
                    Map.of("afterCreated", page.afterInstant(0), "afterId", page.afterUuid(1)));
        }
        List<Webhook> rows = find(filters.query("WebhookEntity", "createdAt, id"), filters.parameters())
                .range(0, page.size()).stream().map(WebhookEntity::toDomain).toList();
        return Page.of(rows, page.size(), webhook -> List.of(webhook.createdAt().toString(), webhook.id().toString()));
    }

    @Override
    public void insert(Webhook webhook, String secret, ChangePosition start) {
        persist(WebhookEntity.from(webhook, secret));
        Flushes.flush(getEntityManager(), () -> ConflictException.duplicate("webhook", webhook.id().toString()));
        getEntityManager().createNativeQuery("""
                        insert into webhook_cursor (subscription_id, after_txid, after_sequence, next_attempt_at)
                        values (:id, :txid, :sequence, now())""")
                .setParameter("id", webhook.id())
                .setParameter("txid", start.transactionId())
                .setParameter("sequence", start.sequence())
                .executeUpdate();
    }

    @Override
    public void save(Webhook webhook) {
        findById(webhook.id()).copyChangeableFields(webhook);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Webhook '" + webhook.id() + "' could not be saved."));
    }

    @Override
    public WebhookSecrets secrets(UUID id) {
        return findByIdOptional(id).map(WebhookEntity::secrets)
                .orElseThrow(() -> new NotFoundException("webhook", id.toString()));
    }

    @Override
    public void saveSecrets(UUID id, WebhookSecrets secrets) {
        WebhookEntity entity = findById(id);
        entity.secret = secrets.current();
        entity.previousSecret = secrets.previous();
        entity.previousSecretExpiresAt = secrets.previousExpiresAt();
    }

    @Override
    public void delete(UUID id) {
        deleteById(id);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Webhook '" + id + "' could not be deleted."));
    }
}
