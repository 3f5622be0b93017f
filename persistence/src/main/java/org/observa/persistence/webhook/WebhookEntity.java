package org.observa.persistence.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.observa.domain.partner.ChangeOperation;
import org.observa.domain.webhook.Webhook;
import org.observa.domain.webhook.WebhookSecrets;
import org.observa.domain.webhook.WebhookStatus;

@Entity
@Table(name = "webhook_subscription")
public class WebhookEntity {

    @Id
    UUID id;

    @Column(name = "organization_id")
    UUID organizationId;

    String url;

    String description;

    /** Comma-separated; null for every type. */
    @Column(name = "resource_types")
    String resourceTypes;

    /** Comma-separated; null for every operation. */
    String operations;

    @Column(name = "election_id")
    String electionId;

    @Column(name = "mission_id")
    UUID missionId;

    @Enumerated(EnumType.STRING)
    WebhookStatus status;

    @Column(name = "paused_reason")
    String pausedReason;

    @Column(name = "paused_at")
    Instant pausedAt;

    String secret;

    @Column(name = "previous_secret")
    String previousSecret;

    @Column(name = "previous_secret_expires_at")
    Instant previousSecretExpiresAt;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static WebhookEntity from(Webhook webhook, String secret) {
        WebhookEntity entity = new WebhookEntity();
        entity.id = webhook.id();
        entity.organizationId = webhook.organizationId();
        entity.createdAt = webhook.createdAt();
        entity.secret = secret;
        entity.copyChangeableFields(webhook);
        return entity;
    }

    void copyChangeableFields(Webhook webhook) {
        url = webhook.url().toString();
        description = webhook.description();
        resourceTypes = joined(webhook.types());
        operations = joined(webhook.operations().stream().map(Enum::name).collect(Collectors.toSet()));
        electionId = webhook.electionId();
        missionId = webhook.missionId();
        status = webhook.status();
        pausedReason = webhook.pausedReason();
        pausedAt = webhook.pausedAt();
        previousSecretExpiresAt = webhook.previousSecretExpiresAt();
        updatedAt = webhook.updatedAt();
    }

    WebhookSecrets secrets() {
        return new WebhookSecrets(secret, previousSecret, previousSecretExpiresAt);
    }

    Webhook toDomain() {
        return new Webhook(id, organizationId, URI.create(url), description, split(resourceTypes),
                split(operations).stream().map(ChangeOperation::valueOf).collect(Collectors.toSet()), electionId,
                missionId, status, pausedReason, pausedAt, previousSecretExpiresAt, createdAt, updatedAt);
    }

    private static String joined(Set<String> values) {
        return values.isEmpty() ? null : String.join(",", new TreeSet<>(values));
    }

    private static Set<String> split(String values) {
        return values == null ? Set.of() : Set.copyOf(Arrays.asList(values.split(",")));
    }
}
