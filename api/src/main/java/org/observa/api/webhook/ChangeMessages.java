package org.observa.api.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.observa.api.http.auth.CurrentActor;
import org.observa.api.mission.MissionsResource;
import org.observa.api.partner.ChangeCursors;
import org.observa.api.party.PartiesResource;
import org.observa.api.pollingstation.IncidentsResource;
import org.observa.api.pollingstation.ObservationFormsResource;
import org.observa.api.pollingstation.PollingStationsResource;
import org.observa.api.recommendation.RecommendationsResource;
import org.observa.api.reference.ReferenceResource;
import org.observa.api.registry.RegistryStatisticsResource;
import org.observa.api.tabulation.TabulationResource;
import org.observa.domain.partner.AccessDeniedException;
import org.observa.domain.partner.Actor;
import org.observa.domain.partner.ApiKeyRole;
import org.observa.domain.partner.Change;
import org.observa.domain.partner.ChangeOperation;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.webhook.MessageFactory;
import org.observa.domain.webhook.Webhook;
import org.observa.domain.webhook.WebhookDeliveryRepository;

/**
 * The messages receivers get (the contract's {@code WebhookEvent}): the change, and the resource exactly as its
 * {@code GET} answers the subscription's organisation — made by the same resource methods, acting for that
 * organisation, so that what one may not read (another organisation's draft incident, a secret sample, another
 * organisation's subscription) is never sent to it. A deleted resource is sent as last delivered to the subscription.
 */
@ApplicationScoped
public class ChangeMessages implements MessageFactory {

    /** Larger representations (a national results table) are left for the receiver to read at the link. */
    static final int MAX_RESOURCE_BYTES = 256 * 1024;

    private final ObjectMapper json;
    private final CurrentActor actor;
    private final WebhookDeliveryRepository deliveries;
    private final Map<String, Function<Change, Response>> readers;

    public ChangeMessages(ObjectMapper json, CurrentActor actor, WebhookDeliveryRepository deliveries,
                          ReferenceResource reference, MissionsResource missions, PollingStationsResource stations,
                          IncidentsResource incidents, ObservationFormsResource forms, TabulationResource tabulation,
                          PartiesResource parties, RecommendationsResource recommendations,
                          RegistryStatisticsResource registry, WebhooksResource webhooks) {
        this.json = json;
        this.actor = actor;
        this.deliveries = deliveries;
        this.readers = Map.ofEntries(
                Map.entry("division", c -> reference.getDivision(c.id(), null)),
                Map.entry("election", c -> reference.getElection(c.id(), null)),
                Map.entry("organization", c -> missions.getOrganization(uuid(c.id()), null)),
                Map.entry("mission", c -> missions.getMission(uuid(c.id()), null)),
                Map.entry("engagement", c -> missions.getEngagement(uuid(segment(c, 3)), uuid(c.id()), null)),
                Map.entry("finding", c -> missions.getFinding(uuid(segment(c, 3)), uuid(c.id()), null)),
                Map.entry("polling-centre", c -> stations.getPollingCentre(uuid(c.id()), null)),
                Map.entry("polling-station", c -> stations.getPollingStation(uuid(c.id()), null)),
                Map.entry("station-visit", c -> stations.getStationVisit(uuid(c.id()), null)),
                Map.entry("observation-form", c -> forms.getObservationForm(uuid(c.id()), null)),
                Map.entry("observation-form-version", c -> forms.getObservationFormVersion(uuid(segment(c, 3)),
                        number(segment(c, 5)), null)),
                Map.entry("incident", c -> incidents.getIncident(uuid(c.id()), null)),
                Map.entry("incident-status-change", c -> incidents.statusChange(uuid(segment(c, 3)), uuid(c.id()))
                        .map(step -> Response.ok(step).build())
                        .orElseThrow(() -> new NotFoundException("incident status change", c.id()))),
                Map.entry("station-result", c -> tabulation.getStationResult(segment(c, 3), uuid(segment(c, 5)), null)),
                Map.entry("observed-result", c -> tabulation.getObservedResult(uuid(c.id()), null)),
                Map.entry("sample", c -> tabulation.getSample(uuid(c.id()), null)),
                Map.entry("party", c -> parties.getParty(uuid(c.id()), null)),
                Map.entry("participation", c -> parties.getParticipation(segment(c, 3), uuid(c.id()), null)),
                Map.entry("election-results", c -> parties.getElectionResults(segment(c, 3), null, null)),
                Map.entry("campaign-observation", c -> parties.getCampaignObservation(uuid(c.id()), null)),
                Map.entry("recommendation", c -> recommendations.getRecommendation(uuid(c.id()), null)),
                Map.entry("assessment", c -> recommendations.getAssessment(uuid(segment(c, 3)), uuid(c.id()), null)),
                Map.entry("registry-snapshot", c -> registry.getRegistrySnapshot(uuid(c.id()), null)),
                Map.entry("webhook", c -> webhooks.getWebhook(uuid(c.id()), null)));
    }

    @Override
    public String changeMessage(Webhook webhook, Change change) {
        ObjectNode data = json.createObjectNode();
        ObjectNode described = data.putObject("change");
        described.put("type", change.type());
        described.put("id", change.id());
        described.put("operation", change.operation().name());
        described.put("changedAt", change.changedAt().toString());
        described.put("link", change.link());
        described.put("cursor", ChangeCursors.encode(change.position()));
        addResource(data, webhook, change);
        return message(org.observa.domain.webhook.WebhookDeliveryService.eventType(change), change.changedAt(), data);
    }

    @Override
    public String pingMessage(Webhook webhook, Instant now) {
        ObjectNode data = json.createObjectNode();
        data.put("webhookId", webhook.id().toString());
        data.put("message", "A test message from Observa.");
        return message("ping", now, data);
    }

    private void addResource(ObjectNode data, Webhook webhook, Change change) {
        Optional<byte[]> current = Optional.empty();
        if (change.operation() != ChangeOperation.DELETE) {
            try {
                current = read(webhook, change);
            } catch (AccessDeniedException e) {
                data.put("resourceState", "NOT_VISIBLE");
                return;
            }
        }
        if (current.isPresent()) {
            if (current.get().length > MAX_RESOURCE_BYTES) {
                data.put("resourceState", "TOO_LARGE");
            } else {
                data.put("resourceState", "CURRENT");
                data.set("resource", tree(current.get()));
            }
            return;
        }
        Optional<JsonNode> last = deliveries.lastDeliveredPayload(webhook.id(), change.type(), change.id())
                .map(payload -> tree(payload).path("data").path("resource"))
                .filter(JsonNode::isObject);
        data.put("resourceState", last.isPresent() ? "LAST_DELIVERED" : "GONE");
        last.ifPresent(resource -> data.set("resource", resource));
    }

    /** The resource as its GET answers the subscription's organisation; empty when there is none (any more). */
    private Optional<byte[]> read(Webhook webhook, Change change) {
        Function<Change, Response> reader = readers.get(change.type());
        if (reader == null) {
            return Optional.empty();
        }
        actor.actAs(new Actor(ApiKeyRole.EDITOR, webhook.organizationId(), null));
        try {
            Object entity = reader.apply(change).getEntity();
            return Optional.of(entity instanceof byte[] bytes ? bytes : json.writeValueAsBytes(entity));
        } catch (NotFoundException e) {
            // Gone since the change, or not visible to this organisation (a draft answers 404 to others).
            return Optional.empty();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A representation could not be serialized", e);
        }
    }

    private String message(String type, Instant timestamp, ObjectNode data) {
        ObjectNode message = json.createObjectNode();
        message.put("type", type);
        message.put("timestamp", timestamp.toString());
        message.set("data", data);
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook message could not be serialized", e);
        }
    }

    private JsonNode tree(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("A representation is not JSON", e);
        }
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("A stored webhook message is not JSON", e);
        }
    }

    private static String segment(Change change, int index) {
        String[] segments = change.link().split("/");
        if (segments.length <= index) {
            throw new NotFoundException(change.type(), change.id());
        }
        return segments[index];
    }

    /** The types of change whose resource a message carries. */
    Set<String> types() {
        return readers.keySet();
    }

    private static int number(String segment) {
        try {
            return Integer.parseInt(segment);
        } catch (NumberFormatException e) {
            throw new NotFoundException("resource", segment);
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("resource", id);
        }
    }
}
