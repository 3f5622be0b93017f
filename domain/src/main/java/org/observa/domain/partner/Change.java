package org.observa.domain.partner;

import java.time.Instant;

/** One create, update or delete of one resource, with the path where its current state can be read. */
public record Change(ChangePosition position, String type, String id, ChangeOperation operation, Instant changedAt,
                     String link) {
}
