package org.observa.api.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observa.domain.shared.BulkWrites;

/**
 * A bulk import has PostgreSQL find rows by index rather than by sequential scan (a plan made while a table was
 * still empty would scan it whole for every row), in its own transaction only: the pooled connection goes back
 * to the settings every other request uses.
 */
@QuarkusTest
class BulkWritesTest {

    @Inject
    BulkWrites bulkWrites;

    @Inject
    EntityManager entityManager;

    @Test
    @ActivateRequestContext
    void anImportAvoidsSequentialScansOnlyInItsOwnTransaction() {
        Object[] during = QuarkusTransaction.requiringNew().call(() -> {
            bulkWrites.begin();
            return backendAndSeqScanSetting();
        });
        // a later transaction on the import's pooled connection, which the pool hands out among its others
        Object[] after;
        int transactions = 0;
        do {
            after = QuarkusTransaction.requiringNew().call(this::backendAndSeqScanSetting);
        } while (!after[0].equals(during[0]) && ++transactions < 100);

        assertEquals("off", during[1]);
        assertEquals(during[0], after[0], "no later transaction ran on the import's connection");
        assertEquals("on", after[1]);
    }

    private Object[] backendAndSeqScanSetting() {
        List<?> rows = entityManager.createNativeQuery("select pg_backend_pid(), current_setting('enable_seqscan')")
                .getResultList();
        return (Object[]) rows.get(0);
    }
}
