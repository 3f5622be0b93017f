package org.observa.domain.partner;

import java.util.UUID;

/** What an administrator states about a new key. */
public record ApiKeyDraft(UUID organizationId, ApiKeyRole role, String label) {
}
