package org.observa.api.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.UUID;
import org.observa.api.generated.api.WebhooksApi;
import org.observa.api.generated.model.WebhookCreateDto;
import org.observa.api.generated.model.WebhookDeliveryPageDto;
import org.observa.api.generated.model.WebhookDeliveryStatusDto;
import org.observa.api.generated.model.WebhookPageDto;
import org.observa.api.generated.model.WebhookSecretRotationDto;
import org.observa.api.database.RetriedTransactions;
import org.observa.api.http.auth.WriteAccess;
import org.observa.api.http.conditional.Preconditions;
import org.observa.api.http.conditional.Representations;
import org.observa.api.http.input.Patches;
import org.observa.api.http.paging.Paging;
import org.observa.api.partner.ChangeCursors;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.partner.Actor;
import org.observa.domain.partner.ChangeService;
import org.observa.domain.shared.ValidationException;
import org.observa.domain.webhook.DeliveryStatus;
import org.observa.domain.webhook.IssuedWebhook;
import org.observa.domain.webhook.Webhook;
import org.observa.domain.webhook.WebhookDelivery;
import org.observa.domain.webhook.WebhookDeliveryService;
import org.observa.domain.webhook.WebhookQuery;
import org.observa.domain.webhook.WebhookService;

/**
 * Webhook subscriptions and their delivery logs. Like API keys they are not public: only the subscription's
 * organisation and ADMIN keys see or change one. Deliveries themselves happen in {@link WebhookDispatcher}.
 */
public class WebhooksResource implements WebhooksApi {

    private static final String WEBHOOK = "this webhook";
    private static final int DEFAULT_OVERLAP_SECONDS = 86_400;

    private static final int DELETE_TIMEOUT_SECONDS = 60;

    private final WebhookService webhooks;
    private final WebhookDeliveryService deliveries;
    private final ChangeService changes;
    private final WriteAccess access;
    private final Representations representations;
    private final Preconditions preconditions;
    private final Patches patches;
    private final Paging paging;
    private final ObjectMapper json;
    private final RetriedTransactions transactions;

    public WebhooksResource(WebhookService webhooks, WebhookDeliveryService deliveries, ChangeService changes,
                            WriteAccess access, Representations representations, Preconditions preconditions,
                            Patches patches, Paging paging, ObjectMapper json, RetriedTransactions transactions) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.changes = changes;
        this.access = access;
        this.representations = representations;
        this.preconditions = preconditions;
        this.patches = patches;
        this.paging = paging;
        this.json = json;
        this.transactions = transactions;
    }

    @Override
    public Response listWebhooks(UUID organizationId, Integer pageSize, String pageToken, String ifNoneMatch) {
        Actor actor = access.actor();
        if (organizationId != null || !actor.isAdmin()) {
            access.requireOwner(organizationId == null ? actor.organizationId() : organizationId, "these webhooks");
        }
        WebhookQuery query = new WebhookQuery(actor.isAdmin() ? organizationId : actor.organizationId());
        return paging.ok(webhooks.list(query, paging.request(pageSize, pageToken)), WebhookDtoMapper::toDto,
                (items, next) -> new WebhookPageDto().items(items).nextPageToken(next));
    }

    @Override
    @Transactional
    public Response createWebhook(WebhookCreateDto body) {
        Actor actor = access.actor();
        UUID organizationId = body.getOrganizationId() != null ? body.getOrganizationId() : actor.organizationId();
        if (organizationId != null) {
            access.requireOwner(organizationId, "the organisation named");
        }
        // Without a cursor: the changes of transactions that start from now on (an older one still running may
        // add a change or two from just before).
        IssuedWebhook issued = webhooks.create(WebhookDtoMapper.toDraft(body, organizationId),
                body.getAfter() != null ? ChangeCursors.decode(body.getAfter())
                        : changes.beforeRunningTransactions());
        return secretAnswer(Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/v1/webhooks/" + issued.webhook().id()), issued);
    }

    @Override
    public Response getWebhook(UUID webhookId, String ifNoneMatch) {
        return representations.ok(WebhookDtoMapper.toDto(owned(webhookId)), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updateWebhook(UUID webhookId, String ifMatch, ObjectNode body) {
        Webhook current = writable(webhookId, ifMatch);
        for (String fixed : new String[] {"organizationId", "after"}) {
            if (body.has(fixed)) {
                throw ValidationException.of(fixed, "cannot be changed; create another subscription instead");
            }
        }
        WebhookCreateDto changed = patches.apply(WebhookDtoMapper.toWritable(current), body, WebhookCreateDto.class);
        return representations.ok(WebhookDtoMapper.toDto(
                webhooks.update(current, WebhookDtoMapper.toDraft(changed, current.organizationId()))));
    }

    /**
     * Run again when PostgreSQL picks it as a deadlock's victim: the deletion cascades to the deliveries while a
     * delivery worker may be recording an attempt, and the two lock a delivery and the cursor in opposite orders.
     */
    @Override
    public Response deleteWebhook(UUID webhookId, String ifMatch) {
        transactions.call(DELETE_TIMEOUT_SECONDS, true, retryable -> {
            webhooks.delete(writable(webhookId, ifMatch));
            return null;
        });
        return Response.noContent().build();
    }

    @Override
    @Transactional
    public Response rotateWebhookSecret(UUID webhookId, String ifMatch, WebhookSecretRotationDto body) {
        Webhook current = writable(webhookId, ifMatch);
        int overlap = body.getOverlapSeconds() == null ? DEFAULT_OVERLAP_SECONDS : body.getOverlapSeconds();
        return secretAnswer(Response.ok(), webhooks.rotateSecret(current, Duration.ofSeconds(overlap)));
    }

    @Override
    @Transactional
    public Response pingWebhook(UUID webhookId) {
        return queued(deliveries.ping(owned(webhookId)));
    }

    @Override
    public Response listWebhookDeliveries(UUID webhookId, WebhookDeliveryStatusDto status, Integer pageSize,
                                          String pageToken, String ifNoneMatch) {
        Webhook webhook = owned(webhookId);
        return paging.ok(deliveries.log(webhook.id(), SharedDtoMapper.toEnum(status, DeliveryStatus.class),
                        paging.request(pageSize, pageToken)), delivery -> WebhookDtoMapper.toDto(delivery, json),
                (items, next) -> new WebhookDeliveryPageDto().items(items).nextPageToken(next));
    }

    @Override
    public Response getWebhookDelivery(UUID webhookId, UUID deliveryId, String ifNoneMatch) {
        Webhook webhook = owned(webhookId);
        return representations.ok(WebhookDtoMapper.toDto(deliveries.get(webhook.id(), deliveryId), json), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response redeliverWebhookDelivery(UUID webhookId, UUID deliveryId) {
        return queued(deliveries.redeliver(owned(webhookId), deliveryId));
    }

    private Webhook owned(UUID webhookId) {
        Webhook webhook = webhooks.get(webhookId);
        access.requireOwner(webhook.organizationId(), WEBHOOK);
        return webhook;
    }

    private Webhook writable(UUID webhookId, String ifMatch) {
        Webhook current = webhooks.getForUpdate(webhookId);
        access.requireOwner(current.organizationId(), WEBHOOK);
        preconditions.requireCurrent(ifMatch, WebhookDtoMapper.toDto(current));
        return current;
    }

    /** The secret is in this body only, which no cache may keep; the ETag is that of the subscription as GET shows it. */
    private Response secretAnswer(Response.ResponseBuilder builder, IssuedWebhook issued) {
        return builder.header(HttpHeaders.ETAG, representations.tagOf(WebhookDtoMapper.toDto(issued.webhook())))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(WebhookDtoMapper.toDto(issued, json))
                .build();
    }

    private Response queued(WebhookDelivery delivery) {
        return representations.created("/v1/webhooks/" + delivery.subscriptionId() + "/deliveries/" + delivery.id(),
                WebhookDtoMapper.toDto(delivery, json));
    }
}
