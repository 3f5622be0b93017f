package org.observa.domain.webhook;

import java.util.List;
import java.util.UUID;
import org.observa.domain.partner.ChangeOperation;

/** What a client sends to create or change a subscription; checked by {@link WebhookService}. */
public record WebhookDraft(UUID organizationId, String url, String description, List<String> types,
                           List<ChangeOperation> operations, String electionId, UUID missionId, WebhookStatus status) {

    public WebhookDraft {
        types = types == null ? List.of() : types;
        operations = operations == null ? List.of() : operations;
    }
}
