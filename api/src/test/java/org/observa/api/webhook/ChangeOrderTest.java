package org.observa.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.List;
import java.util.ArrayList;
import java.io.File;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.observa.domain.webhook.WebhookService;
import org.junit.jupiter.api.Test;
import org.observa.domain.partner.Change;
import org.observa.domain.partner.ChangeFilter;
import org.observa.domain.partner.ChangePosition;
import org.observa.domain.partner.ChangeRepository;

/**
 * What subscriptions read of the change feed: every type of change the database records, and in transaction order, also across transaction ids of different lengths
 * (sorted as text, 10 would come before 9 and the changes of transaction 9 would be skipped), filtered as a
 * subscription filters them.
 */
@QuarkusTest
class ChangeOrderTest {

    @Inject
    ChangeRepository changes;

    @Inject
    ChangeMessages messages;

    @Test
    void everyTypeOfChangeTheDatabaseRecordsCanBeSubscribedToAndCarriesItsResource() throws Exception {
        @SuppressWarnings("unchecked")
        List<String> recorded = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager().createNativeQuery("""
                        select distinct split_part(encode(tgargs, 'escape'), '\\000', 1) from pg_trigger
                        where tgfoid = 'record_change'::regproc""").getResultList());
        List<String> contract = new ArrayList<>();
        new ObjectMapper(new YAMLFactory()).readTree(new File("../openapi.yaml"))
                .at("/components/schemas/ChangeType/enum").forEach(type -> contract.add(type.asText()));

        assertThat(recorded).isNotEmpty();
        assertThat(WebhookService.CHANGE_TYPES).containsExactlyInAnyOrderElementsOf(recorded);
        assertThat(contract).containsExactlyInAnyOrderElementsOf(recorded);
        assertThat(messages.types()).containsExactlyInAnyOrderElementsOf(recorded);
    }

    @Test
    void changesComeInTransactionOrderWhenTheirIdsHaveDifferentLengths() {
        ChangeFilter probe = new ChangeFilter(Set.of("ordering-probe"), Set.of(), null, null);
        QuarkusTransaction.begin();
        try {
            // Changes of two long-finished transactions, 9 and 10, recorded here and rolled back at the end.
            for (String transaction : new String[] {"10", "9"}) {
                Panache.getEntityManager().createNativeQuery("""
                                insert into change_log (txid, resource_type, resource_id, operation, link)
                                values (cast(:txid as xid8), 'ordering-probe', :txid, 'CREATE', '/v1/nowhere')""")
                        .setParameter("txid", transaction).executeUpdate();
            }
            Change first = changes.after(ChangePosition.START, probe, 1).get(0);
            Change second = changes.after(first.position(), probe, 1).get(0);

            assertThat(first.position().transactionId()).isEqualTo(9);
            assertThat(second.position().transactionId()).isEqualTo(10);
            assertThat(changes.after(second.position(), probe, 1)).isEmpty();
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
