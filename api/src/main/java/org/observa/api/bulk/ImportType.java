package org.observa.api.bulk;

import com.fasterxml.jackson.databind.JsonNode;
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

    /**
     * Called with all rows of this kind, in the import's transaction, before the first is applied: the place to
     * look up at once what every row would otherwise look up alone. Rows are not checked yet; ignore what is odd.
     */
    default void prepare(JsonNode rows) {
    }

    ImportOutcome apply(ObjectNode row);
}
