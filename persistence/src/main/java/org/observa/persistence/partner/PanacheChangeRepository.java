package org.observa.persistence.partner;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.observa.domain.partner.Change;
import org.observa.domain.partner.ChangeOperation;
import org.observa.domain.partner.ChangePosition;
import org.observa.domain.partner.ChangeRepository;

@ApplicationScoped
public class PanacheChangeRepository implements ChangeRepository {

    // Rows of a transaction at or above the oldest running one may still be joined by rows that sort
    // before them, so they wait until that transaction has finished. The id is selected under another
    // name: "order by txid" must sort the xid8 column, not its text (where 1000 sorts before 744).
    private static final String AFTER = """
            select txid::text as transaction_id, sequence, resource_type, resource_id, operation, changed_at, link
            from change_log
            where (txid, sequence) > (cast(:txid as xid8), :sequence)
              and txid < pg_snapshot_xmin(pg_current_snapshot())
            order by txid, sequence
            limit :limit""";

    @Override
    @SuppressWarnings("unchecked")
    public List<Change> after(ChangePosition position, int limit) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(AFTER)
                .setParameter("txid", Long.toString(position.transactionId()))
                .setParameter("sequence", position.sequence())
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(PanacheChangeRepository::toChange).toList();
    }

    @Override
    public ChangePosition beforeRunningTransactions() {
        String oldestRunning = (String) Panache.getEntityManager()
                .createNativeQuery("select pg_snapshot_xmin(pg_current_snapshot())::text").getSingleResult();
        return new ChangePosition(Long.parseLong(oldestRunning) - 1, Long.MAX_VALUE);
    }

    @Override
    public Optional<Instant> oldestWaitingChange() {
        Object oldest = Panache.getEntityManager().createNativeQuery(
                "select min(changed_at) from change_log where txid >= pg_snapshot_xmin(pg_current_snapshot())")
                .getSingleResult();
        return Optional.ofNullable(oldest).map(PanacheChangeRepository::instant);
    }

    private static Change toChange(Object[] row) {
        return new Change(new ChangePosition(Long.parseLong((String) row[0]), ((Number) row[1]).longValue()),
                (String) row[2], (String) row[3], ChangeOperation.valueOf((String) row[4]), instant(row[5]),
                (String) row[6]);
    }

    private static Instant instant(Object value) {
        if (value instanceof java.time.OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }
}
