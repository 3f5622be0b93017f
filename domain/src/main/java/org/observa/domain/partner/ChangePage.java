package org.observa.domain.partner;

import java.util.List;

/** Changes after a position, and the position to continue from (unchanged when there was nothing new). */
public record ChangePage(List<Change> changes, ChangePosition continueAfter) {

    public ChangePage {
        changes = List.copyOf(changes);
    }
}
