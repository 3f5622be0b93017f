package org.observa.domain.pollingstation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an incident stands in its follow-up. A new incident is REPORTED; the mission takes it UNDER_REVIEW,
 * then finds it VERIFIED or DISMISSED; a verified incident is RESOLVED once it has been dealt with. New
 * evidence may reopen a dismissed incident (back UNDER_REVIEW); a resolved incident is final.
 */
public enum IncidentStatus {
    REPORTED,
    UNDER_REVIEW,
    VERIFIED,
    DISMISSED,
    RESOLVED;

    /** The statuses this one may move to; empty for a final status. */
    public Set<IncidentStatus> next() {
        return switch (this) {
            case REPORTED -> EnumSet.of(UNDER_REVIEW);
            case UNDER_REVIEW -> EnumSet.of(VERIFIED, DISMISSED);
            case VERIFIED -> EnumSet.of(RESOLVED);
            case DISMISSED -> EnumSet.of(UNDER_REVIEW);
            case RESOLVED -> EnumSet.noneOf(IncidentStatus.class);
        };
    }

    public boolean canMoveTo(IncidentStatus target) {
        return next().contains(target);
    }
}
