package org.observa.api.mission;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.observa.domain.mission.EvidenceCatalog;
import org.observa.domain.mission.EvidenceKind;

/**
 * The evidence catalog against PostgreSQL. The tables it reads belong to modules that may not be
 * installed; each test shapes them inside a transaction that is rolled back, so no other test sees a change.
 */
@QuarkusTest
class EvidenceCatalogTest {

    @Inject
    EvidenceCatalog catalog;

    @Inject
    DataSource dataSource;

    @Test
    @TestTransaction
    void aRecordOfAnExistingTableIsFoundAndOthersAreNot() {
        UUID snapshot = UUID.randomUUID();
        // A temporary table shadows the registry module's own, if it is installed, until the rollback.
        execute("create temporary table registry_snapshot (id uuid primary key) on commit drop");
        execute("insert into registry_snapshot (id) values ('" + snapshot + "')");
        assertThat(catalog.exists(EvidenceKind.REGISTRY_SNAPSHOT, snapshot)).isTrue();
        assertThat(catalog.exists(EvidenceKind.REGISTRY_SNAPSHOT, UUID.randomUUID())).isFalse();
        assertThat(catalog.exists(EvidenceKind.STATION_VISIT, snapshot)).isFalse();
    }

    @Test
    @TestTransaction
    void aKindWhoseTableDoesNotExistHoldsNothing() {
        // Once the polling-stations module is installed its table exists; hide it until the rollback.
        execute("alter table if exists station_visit rename to station_visit_hidden_by_test");
        assertThat(catalog.exists(EvidenceKind.STATION_VISIT, UUID.randomUUID())).isFalse();
    }

    // Inside the transaction the data source hands out the connection the catalog's queries use too.
    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
