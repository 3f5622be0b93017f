package org.observa.api.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/** Reads outside transactions load read-only (no dirty-checking snapshots); transactions write as before. */
@QuarkusTest
class ReadOnlyOutsideTransactionsTest {

    @Inject
    Session session;

    @Test
    @ActivateRequestContext
    void aRequestOutsideTransactionsReadsReadOnly() {
        assertTrue(session.isDefaultReadOnly());
    }

    @Test
    @ActivateRequestContext
    void aTransactionInTheSameRequestStillWrites() {
        assertFalse(QuarkusTransaction.requiringNew().call(session::isDefaultReadOnly));
    }
}
