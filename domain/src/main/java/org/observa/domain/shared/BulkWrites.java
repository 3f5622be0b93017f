package org.observa.domain.shared;

/**
 * For long runs of writes in one transaction, such as a bulk import. The store may keep track of every
 * record a transaction touched; releasing that lets the thousandth write cost what the first did. What was
 * written stays written (and locked) until the transaction ends.
 */
public interface BulkWrites {

    /** A long run of writes begins in this transaction: the store may hold writes back and send them in batches. */
    void begin();

    /** Sends what has been written so far to the database and forgets the records it was tracking. */
    void release();
}
