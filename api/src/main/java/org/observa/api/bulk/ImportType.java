package org.observa.api.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One kind of record a bulk import bundle can hold (e.g. "missions"). Each module provides one per
 * collection; a row is matched by its id or natural key, then created or updated through the module's
 * services with the same checks and access rules as a single write.
 */
public interface ImportType {

    /** The bundle property holding these rows, e.g. {@code missions}. */
    String key();

    /** Types are imported in ascending order, so records come after what they refer to. */
    int order();

    ImportOutcome apply(ObjectNode row);
}
