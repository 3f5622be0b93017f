package org.observa.domain.partner;

/**
 * A place in the change feed. Changes are ordered by the id of the transaction that made them, then by
 * the order within it; the feed only hands out changes of transactions older than every transaction
 * still running, so no change can later appear before a position a client has already passed.
 */
public record ChangePosition(long transactionId, long sequence) implements Comparable<ChangePosition> {

    public static final ChangePosition START = new ChangePosition(0, 0);

    @Override
    public int compareTo(ChangePosition other) {
        int byTransaction = Long.compare(transactionId, other.transactionId);
        return byTransaction != 0 ? byTransaction : Long.compare(sequence, other.sequence);
    }
}
