package org.observa.domain.partner;

import java.util.List;

/** Port: the log of every change, written by the store itself as each write happens. */
public interface ChangeRepository {

    /** Up to {@code limit} changes after {@code position}, in feed order, from finished transactions only. */
    List<Change> after(ChangePosition position, int limit);

    /**
     * A position from which following the feed misses nothing that a read starting now will not show:
     * just before the oldest transaction still running. Following from there may repeat a few changes
     * the read already shows, never skip one.
     */
    ChangePosition beforeRunningTransactions();
}
