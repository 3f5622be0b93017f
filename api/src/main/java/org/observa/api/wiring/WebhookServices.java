package org.observa.api.wiring;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.observa.domain.mission.MissionRepository;
import org.observa.domain.mission.OrganizationRepository;
import org.observa.domain.partner.ChangeRepository;
import org.observa.domain.reference.ElectionRepository;
import org.observa.domain.webhook.MessageFactory;
import org.observa.domain.webhook.RetryPolicy;
import org.observa.domain.webhook.WebhookDeliveryRepository;
import org.observa.domain.webhook.WebhookDeliveryService;
import org.observa.domain.webhook.WebhookRepository;
import org.observa.domain.webhook.WebhookService;
import org.observa.domain.webhook.WebhookTargetPolicy;

/** Wires the webhook services to their persistence adapters, the message factory and configuration. */
public class WebhookServices {

    @Produces
    @Singleton
    WebhookService webhookService(WebhookRepository webhooks, WebhookDeliveryRepository deliveries,
                                  OrganizationRepository organizations, ElectionRepository elections,
                                  MissionRepository missions, WebhookTargetPolicy targets, Clock clock,
                                  @ConfigProperty(name = "observa.webhooks.require-https") boolean requireHttps) {
        return new WebhookService(webhooks, deliveries, organizations, elections, missions, targets, requireHttps, clock);
    }

    @Produces
    @Singleton
    RetryPolicy retryPolicy(@ConfigProperty(name = "observa.webhooks.retry.first-delay") Duration firstDelay,
                            @ConfigProperty(name = "observa.webhooks.retry.max-delay") Duration maxDelay,
                            @ConfigProperty(name = "observa.webhooks.pause-after.failures") int pauseAfterFailures,
                            @ConfigProperty(name = "observa.webhooks.pause-after.period") Duration pauseAfterPeriod) {
        return new RetryPolicy(firstDelay, maxDelay, pauseAfterFailures, pauseAfterPeriod);
    }

    @Produces
    @Singleton
    WebhookDeliveryService webhookDeliveryService(WebhookRepository webhooks, WebhookDeliveryRepository deliveries,
                                                  ChangeRepository changes, WebhookService subscriptions,
                                                  MessageFactory messages, RetryPolicy retries, Clock clock) {
        return new WebhookDeliveryService(webhooks, deliveries, changes, subscriptions, messages, retries, clock,
                () -> ThreadLocalRandom.current().nextDouble());
    }
}
