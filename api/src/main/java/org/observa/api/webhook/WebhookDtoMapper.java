package org.observa.api.webhook;

import static org.observa.api.shared.SharedDtoMapper.toEnum;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.observa.api.generated.model.ChangeOperationDto;
import org.observa.api.generated.model.ChangeTypeDto;
import org.observa.api.generated.model.IssuedWebhookDto;
import org.observa.api.generated.model.WebhookCreateDto;
import org.observa.api.generated.model.WebhookDeliveryAttemptDto;
import org.observa.api.generated.model.WebhookDeliveryDto;
import org.observa.api.generated.model.WebhookDeliveryKindDto;
import org.observa.api.generated.model.WebhookDeliveryStatusDto;
import org.observa.api.generated.model.WebhookDto;
import org.observa.api.generated.model.WebhookEventDto;
import org.observa.api.generated.model.WebhookStatusDto;
import org.observa.api.partner.ChangeDtoMapper;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.partner.ChangeOperation;
import org.observa.domain.webhook.DeliveryAttempt;
import org.observa.domain.webhook.IssuedWebhook;
import org.observa.domain.webhook.Webhook;
import org.observa.domain.webhook.WebhookDelivery;
import org.observa.domain.webhook.WebhookDraft;
import org.observa.domain.webhook.WebhookStatus;

final class WebhookDtoMapper {

    private WebhookDtoMapper() {
    }

    static WebhookDto toDto(Webhook webhook) {
        return new WebhookDto()
                .id(webhook.id())
                .organizationId(webhook.organizationId())
                .url(webhook.url())
                .description(webhook.description())
                .types(types(webhook))
                .operations(operations(webhook))
                .electionId(webhook.electionId())
                .missionId(webhook.missionId())
                .status(toEnum(webhook.status(), WebhookStatusDto.class))
                .pausedReason(webhook.pausedReason())
                .pausedAt(SharedDtoMapper.toDto(webhook.pausedAt()))
                .previousSecretExpiresAt(SharedDtoMapper.toDto(webhook.previousSecretExpiresAt()))
                .createdAt(SharedDtoMapper.toDto(webhook.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(webhook.updatedAt()));
    }

    /** The subscription as GET shows it, with its new secret: the one answer that holds the secret. */
    static IssuedWebhookDto toDto(IssuedWebhook issued, ObjectMapper json) {
        return json.convertValue(toDto(issued.webhook()), IssuedWebhookDto.class).secret(issued.secret());
    }

    /** The writable form of a subscription, for merge patches. */
    static WebhookCreateDto toWritable(Webhook webhook) {
        return new WebhookCreateDto()
                .url(webhook.url().toString())
                .description(webhook.description())
                .types(types(webhook))
                .operations(operations(webhook))
                .electionId(webhook.electionId())
                .missionId(webhook.missionId())
                .status(toEnum(webhook.status(), WebhookStatusDto.class));
    }

    static WebhookDraft toDraft(WebhookCreateDto dto, java.util.UUID organizationId) {
        return new WebhookDraft(organizationId, dto.getUrl(), dto.getDescription(),
                dto.getTypes() == null ? List.of() : dto.getTypes().stream().map(ChangeTypeDto::toString).toList(),
                dto.getOperations() == null ? List.of()
                        : dto.getOperations().stream().map(operation -> toEnum(operation, ChangeOperation.class)).toList(),
                dto.getElectionId(), dto.getMissionId(), toEnum(dto.getStatus(), WebhookStatus.class));
    }

    static WebhookDeliveryDto toDto(WebhookDelivery delivery, ObjectMapper json) {
        return new WebhookDeliveryDto()
                .id(delivery.id())
                .messageId(delivery.messageId())
                .kind(toEnum(delivery.kind(), WebhookDeliveryKindDto.class))
                .eventType(delivery.eventType())
                .change(delivery.change() == null ? null : ChangeDtoMapper.toDto(delivery.change()))
                .payload(payload(delivery.payload(), json))
                .status(toEnum(delivery.status(), WebhookDeliveryStatusDto.class))
                .createdAt(SharedDtoMapper.toDto(delivery.createdAt()))
                .finishedAt(SharedDtoMapper.toDto(delivery.finishedAt()))
                .nextAttemptAt(SharedDtoMapper.toDto(delivery.nextAttemptAt()))
                .attempts(delivery.attempts().stream().map(WebhookDtoMapper::toDto).toList());
    }

    private static WebhookDeliveryAttemptDto toDto(DeliveryAttempt attempt) {
        return new WebhookDeliveryAttemptDto()
                .number(attempt.number())
                .attemptedAt(SharedDtoMapper.toDto(attempt.attemptedAt()))
                .statusCode(attempt.statusCode())
                .latencyMs(attempt.latencyMillis())
                .error(attempt.error())
                .responseBody(attempt.responseBody());
    }

    private static WebhookEventDto payload(String payload, ObjectMapper json) {
        try {
            return json.readValue(payload, WebhookEventDto.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored webhook message is not the documented JSON", e);
        }
    }

    private static List<ChangeTypeDto> types(Webhook webhook) {
        return webhook.types().stream().sorted().map(ChangeTypeDto::fromValue).toList();
    }

    private static List<ChangeOperationDto> operations(Webhook webhook) {
        return webhook.operations().stream().sorted().map(operation -> toEnum(operation, ChangeOperationDto.class)).toList();
    }
}
