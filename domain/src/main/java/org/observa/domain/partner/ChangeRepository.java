package org.observa.domain.partner;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the log of every change, written by the store itself as each write happens. */
public interface ChangeRepository {

    /** Up to {@code limit} changes after {@code position}, in feed order, from finished transactions only. */
    default List<Change> after(ChangePosition position, int limit) {
        return after(position, ChangeFilter.ALL, limit);
    }

    /** As {@link #after(ChangePosition, int)}, only the changes {@code filter} lets through. */
    List<Change> after(ChangePosition position, ChangeFilter filter, int limit);

    /**
     * A position from which following the feed misses nothing that a read starting now will not show:
     * just before the oldest transaction still running. Following from there may repeat a few changes
     * the read already shows, never skip one.
     */
    ChangePosition beforeRunningTransactions();

    /**
     * When the oldest change that is committed but not yet in the feed was made: it waits for an older
     * transaction still in flight. Empty when every committed change is in the feed.
     */
    Optional<Instant> oldestWaitingChange();
}
