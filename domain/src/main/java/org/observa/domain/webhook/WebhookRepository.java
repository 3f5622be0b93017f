package org.observa.domain.webhook;

import java.util.Optional;
import java.util.UUID;
import org.observa.domain.partner.ChangePosition;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: the subscriptions and their secrets. */
public interface WebhookRepository {

    Optional<Webhook> byId(UUID id);

    Optional<Webhook> byIdForUpdate(UUID id);

    Page<Webhook> search(WebhookQuery query, PageRequest page);

    /** Stores a new subscription that starts delivering the changes after {@code start}. */
    void insert(Webhook webhook, String secret, ChangePosition start);

    void save(Webhook webhook);

    WebhookSecrets secrets(UUID id);

    void saveSecrets(UUID id, WebhookSecrets secrets);

    void delete(UUID id);
}
