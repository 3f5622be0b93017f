package org.observa.domain.partner;

import java.util.UUID;

/** Filters of the key list; a null filter does not restrict. */
public record ApiKeyQuery(UUID organizationId) {
}
