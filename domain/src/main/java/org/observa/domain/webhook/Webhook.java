package org.observa.domain.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.observa.domain.partner.ChangeFilter;
import org.observa.domain.partner.ChangeOperation;

/**
 * A subscription: which changes of the feed an organisation's receiver at {@code url} is sent. Empty
 * {@code types} or {@code operations} mean all of them; {@code electionId} and {@code missionId}, when given,
 * keep only the changes of that election or mission. Its secrets are not part of it: they are shown once.
 */
public record Webhook(UUID id, UUID organizationId, URI url, String description, Set<String> types,
                      Set<ChangeOperation> operations, String electionId, UUID missionId, WebhookStatus status,
                      String pausedReason, Instant pausedAt, Instant previousSecretExpiresAt, Instant createdAt,
                      Instant updatedAt) {

    public Webhook {
        types = Set.copyOf(types);
        operations = Set.copyOf(operations);
    }

    /** The changes of the feed this subscription is sent. */
    public ChangeFilter changes() {
        return new ChangeFilter(types, operations, electionId, missionId);
    }

    public boolean isActive() {
        return status == WebhookStatus.ACTIVE;
    }

    /** This subscription paused at {@code at}, saying why. */
    public Webhook paused(String reason, Instant at) {
        return new Webhook(id, organizationId, url, description, types, operations, electionId, missionId,
                WebhookStatus.PAUSED, reason, at, previousSecretExpiresAt, createdAt, at);
    }

    /** This subscription after a new secret, the previous one signing until {@code previousExpiresAt} (null: not at all). */
    public Webhook rotated(Instant previousExpiresAt, Instant at) {
        return new Webhook(id, organizationId, url, description, types, operations, electionId, missionId, status,
                pausedReason, pausedAt, previousExpiresAt, createdAt, at);
    }
}
