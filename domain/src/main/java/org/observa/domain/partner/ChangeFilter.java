package org.observa.domain.partner;

import java.util.Set;
import java.util.UUID;

/**
 * Which changes of the feed to read: of these resource types and operations (empty: all), of this election and
 * this mission (null: any). A change matches an election or a mission only when its row named one.
 */
public record ChangeFilter(Set<String> types, Set<ChangeOperation> operations, String electionId, UUID missionId) {

    /** Every change. */
    public static final ChangeFilter ALL = new ChangeFilter(Set.of(), Set.of(), null, null);

    public ChangeFilter {
        types = Set.copyOf(types);
        operations = Set.copyOf(operations);
    }
}
