package org.observa.domain.partner;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The change feed: every create, update and delete of every resource, each seen exactly once. */
public class ChangeService {

    private final ChangeRepository changes;

    public ChangeService(ChangeRepository changes) {
        this.changes = changes;
    }

    /** Where to start following the feed after reading the current state of the data. */
    public ChangePosition beforeRunningTransactions() {
        return changes.beforeRunningTransactions();
    }

    public ChangePage after(ChangePosition position, int size) {
        List<Change> page = changes.after(position, size);
        return new ChangePage(page, page.isEmpty() ? position : page.get(page.size() - 1).position());
    }

    /** How long the oldest committed change has waited to appear in the feed (zero when none waits). */
    public Duration lag(Instant now) {
        return changes.oldestWaitingChange().map(since -> Duration.between(since, now))
                .filter(waited -> !waited.isNegative()).orElse(Duration.ZERO);
    }
}
