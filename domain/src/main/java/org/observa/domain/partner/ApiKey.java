package org.observa.domain.partner;

import java.time.Instant;
import java.util.UUID;

/** A key that lets an organisation write; its secret is never kept, only a hash of it. */
public record ApiKey(UUID id, UUID organizationId, ApiKeyRole role, String label, Instant createdAt,
                     Instant revokedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Actor actor() {
        return new Actor(role, organizationId, id);
    }
}
