package org.observa.persistence.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.observa.domain.partner.ApiKey;
import org.observa.domain.partner.ApiKeyRole;

@Entity
@Table(name = "api_key")
public class ApiKeyEntity {

    @Id
    UUID id;

    @Column(name = "organization_id")
    UUID organizationId;

    @Enumerated(EnumType.STRING)
    ApiKeyRole role;

    String label;

    @Column(name = "secret_hash")
    byte[] secretHash;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "revoked_at")
    Instant revokedAt;

    static ApiKeyEntity from(ApiKey key, byte[] secretHash) {
        ApiKeyEntity entity = new ApiKeyEntity();
        entity.id = key.id();
        entity.organizationId = key.organizationId();
        entity.role = key.role();
        entity.label = key.label();
        entity.secretHash = secretHash;
        entity.createdAt = key.createdAt();
        entity.revokedAt = key.revokedAt();
        return entity;
    }

    void copyChangeableFields(ApiKey key) {
        label = key.label();
        revokedAt = key.revokedAt();
    }

    ApiKey toDomain() {
        return new ApiKey(id, organizationId, role, label, createdAt, revokedAt);
    }
}
