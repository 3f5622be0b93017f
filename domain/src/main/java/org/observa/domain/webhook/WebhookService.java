package org.observa.domain.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.observa.domain.mission.MissionRepository;
import org.observa.domain.mission.OrganizationRepository;
import org.observa.domain.partner.ChangePosition;
import org.observa.domain.reference.ElectionRepository;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.ValidationException;
import org.observa.domain.shared.Violations;

/** Creates, changes, pauses, resumes and deletes subscriptions, and rotates their secrets. */
public class WebhookService {

    static final String RESOURCE = "webhook";

    /** The resource types of the change feed a subscription may ask for. */
    public static final Set<String> CHANGE_TYPES = Set.of("assessment", "campaign-observation", "division", "election",
            "election-results", "engagement", "finding", "incident", "incident-status-change", "mission",
            "observation-form", "observation-form-version", "observed-result", "organization", "participation", "party", "polling-centre",
            "polling-station", "recommendation", "registry-snapshot", "sample", "station-result", "station-visit",
            "webhook");

    public static final Duration MAX_SECRET_OVERLAP = Duration.ofDays(7);

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final OrganizationRepository organizations;
    private final ElectionRepository elections;
    private final MissionRepository missions;
    private final WebhookTargetPolicy targets;
    private final boolean requireHttps;
    private final Clock clock;

    public WebhookService(WebhookRepository webhooks, WebhookDeliveryRepository deliveries,
                          OrganizationRepository organizations, ElectionRepository elections, MissionRepository missions,
                          WebhookTargetPolicy targets, boolean requireHttps, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.organizations = organizations;
        this.elections = elections;
        this.missions = missions;
        this.targets = targets;
        this.requireHttps = requireHttps;
        this.clock = clock;
    }

    /** A new subscription, delivering the changes after {@code start}, with its secret (shown once). */
    public IssuedWebhook create(WebhookDraft draft, ChangePosition start) {
        Violations violations = check(draft);
        if (draft.organizationId() == null) {
            violations.add("organizationId", "must not be null");
        } else if (organizations.byId(draft.organizationId()).isEmpty()) {
            violations.add("organizationId", "there is no organization '" + draft.organizationId() + "'");
        }
        violations.throwIfAny();
        Instant now = Timestamps.now(clock);
        WebhookStatus status = draft.status() == null ? WebhookStatus.ACTIVE : draft.status();
        Webhook webhook = new Webhook(UUID.randomUUID(), draft.organizationId(), URI.create(draft.url()),
                draft.description(), Set.copyOf(draft.types()), Set.copyOf(draft.operations()), draft.electionId(),
                draft.missionId(), status, status == WebhookStatus.PAUSED ? PAUSED_BY_OWNER : null,
                status == WebhookStatus.PAUSED ? now : null, null, now, now);
        String secret = WebhookSecrets.newSecret();
        webhooks.insert(webhook, secret, start);
        return new IssuedWebhook(webhook, secret);
    }

    private static final String PAUSED_BY_OWNER = "Paused by its owner.";

    public Webhook get(UUID id) {
        return webhooks.byId(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    public Webhook getForUpdate(UUID id) {
        return webhooks.byIdForUpdate(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    public Page<Webhook> list(WebhookQuery query, PageRequest page) {
        return webhooks.search(query, page);
    }

    /**
     * Applies a changed draft. Pausing keeps the subscription's place in the feed; resuming (status ACTIVE)
     * forgets its failures and delivers from where it stopped. The organisation never changes.
     */
    public Webhook update(Webhook current, WebhookDraft changed) {
        Violations violations = check(changed);
        violations.require(changed.organizationId() == null || changed.organizationId().equals(current.organizationId()),
                "organizationId", "cannot change; create a subscription for the other organisation instead");
        violations.notNull("status", changed.status());
        violations.throwIfAny();
        Instant now = Timestamps.now(clock);
        boolean pausing = changed.status() == WebhookStatus.PAUSED && current.isActive();
        boolean resuming = changed.status() == WebhookStatus.ACTIVE && !current.isActive();
        Webhook updated = new Webhook(current.id(), current.organizationId(), URI.create(changed.url()),
                changed.description(), Set.copyOf(changed.types()), Set.copyOf(changed.operations()),
                changed.electionId(), changed.missionId(), changed.status(),
                pausing ? PAUSED_BY_OWNER : resuming ? null : current.pausedReason(),
                pausing ? now : resuming ? null : current.pausedAt(), current.previousSecretExpiresAt(),
                current.createdAt(), now);
        webhooks.save(updated);
        if (resuming) {
            deliveries.resetFailures(current.id(), now);
        }
        return updated;
    }

    /** Pauses a subscription whose receiver keeps failing, saying why. */
    public void pauseForFailures(UUID id, String reason) {
        webhooks.byIdForUpdate(id).filter(Webhook::isActive)
                .ifPresent(current -> webhooks.save(current.paused(reason, Timestamps.now(clock))));
    }

    /**
     * A new secret signs from now on; the previous one signs beside it for {@code overlap} (0 to 7 days), so that
     * receivers can switch without refusing a message.
     */
    public IssuedWebhook rotateSecret(Webhook current, Duration overlap) {
        if (overlap.isNegative() || overlap.compareTo(MAX_SECRET_OVERLAP) > 0) {
            throw ValidationException.of("overlapSeconds", "must be between 0 and " + MAX_SECRET_OVERLAP.toSeconds());
        }
        Instant now = Timestamps.now(clock);
        String secret = WebhookSecrets.newSecret();
        Instant previousExpiresAt = overlap.isZero() ? null : now.plus(overlap);
        webhooks.saveSecrets(current.id(), new WebhookSecrets(secret,
                overlap.isZero() ? null : webhooks.secrets(current.id()).current(), previousExpiresAt));
        Webhook rotated = current.rotated(previousExpiresAt, now);
        webhooks.save(rotated);
        return new IssuedWebhook(rotated, secret);
    }

    public void delete(Webhook webhook) {
        webhooks.delete(webhook.id());
    }

    private Violations check(WebhookDraft draft) {
        Violations violations = new Violations();
        checkUrl(violations, draft.url());
        violations.optionalText("description", draft.description(), 500);
        List<String> types = draft.types();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i);
            if (type == null || !CHANGE_TYPES.contains(type)) {
                violations.add("types[" + i + "]", "is not a type of the change feed; one of "
                        + String.join(", ", CHANGE_TYPES.stream().sorted().toList()));
            } else if (!seen.add(type)) {
                violations.add("types[" + i + "]", "appears twice");
            }
        }
        if (draft.operations().stream().anyMatch(java.util.Objects::isNull)) {
            violations.add("operations", "must not contain null");
        } else {
            violations.require(draft.operations().stream().distinct().count() == draft.operations().size(),
                    "operations", "must not name an operation twice");
        }
        if (draft.electionId() != null && elections.byId(draft.electionId()).isEmpty()) {
            violations.add("electionId", "there is no election '" + draft.electionId() + "'");
        }
        if (draft.missionId() != null && missions.byId(draft.missionId()).isEmpty()) {
            violations.add("missionId", "there is no mission '" + draft.missionId() + "'");
        }
        return violations;
    }

    private void checkUrl(Violations violations, String url) {
        if (url == null || url.isBlank()) {
            violations.add("url", "must not be blank");
            return;
        }
        if (url.length() > 2000) {
            violations.add("url", "must be at most 2000 characters");
            return;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            violations.add("url", "is not a URL: " + e.getReason());
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            violations.add("url", "must be an absolute https URL with a host, such as https://hooks.partner.example/observa");
        } else if (requireHttps && !scheme.equals("https")) {
            violations.add("url", "must use https (the operator has not allowed plain http)");
        } else if (uri.getRawUserInfo() != null) {
            violations.add("url", "must not contain a user name or password; authenticate the messages by their signature");
        } else if (uri.getRawFragment() != null) {
            violations.add("url", "must not contain a fragment (#…)");
        } else {
            targets.refusal(uri).ifPresent(reason -> violations.add("url", reason));
        }
    }
}
