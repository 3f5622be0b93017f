package org.observa.persistence.partner;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.observa.domain.partner.Change;
import org.observa.domain.partner.ChangeFilter;
import org.observa.domain.partner.ChangeOperation;
import org.observa.domain.partner.ChangePosition;
import org.observa.domain.partner.ChangeRepository;
import org.observa.persistence.shared.NativeValues;

@ApplicationScoped
public class PanacheChangeRepository implements ChangeRepository {

    // Rows of a transaction at or above the oldest running one may still be joined by rows that sort
    // before them, so they wait until that transaction has finished. The id is selected under another
    // name: "order by txid" must sort the xid8 column, not its text (where 1000 sorts before 744).
    private static final String AFTER = """
            select txid::text as transaction_id, sequence, resource_type, resource_id, operation, changed_at, link
            from change_log
            where (txid, sequence) > (cast(:txid as xid8), :sequence)
              and txid < pg_snapshot_xmin(pg_current_snapshot())""";

    @Override
    @SuppressWarnings("unchecked")
    public List<Change> after(ChangePosition position, ChangeFilter filter, int limit) {
        StringBuilder sql = new StringBuilder(AFTER);
        Map<String, Object> parameters = new HashMap<>();
        if (!filter.types().isEmpty()) {
            sql.append(" and resource_type in (:types)");
            parameters.put("types", List.copyOf(filter.types()));
        }
        if (!filter.operations().isEmpty()) {
            sql.append(" and operation in (:operations)");
            parameters.put("operations", filter.operations().stream().map(Enum::name).toList());
        }
        if (filter.electionId() != null) {
            sql.append(" and election_id = :electionId");
            parameters.put("electionId", filter.electionId());
        }
        if (filter.missionId() != null) {
            sql.append(" and mission_id = :missionId");
            parameters.put("missionId", filter.missionId());
        }
        Query query = Panache.getEntityManager().createNativeQuery(sql.append(" order by txid, sequence limit :limit")
                        .toString())
                .setParameter("txid", Long.toString(position.transactionId()))
                .setParameter("sequence", position.sequence())
                .setParameter("limit", limit);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
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
        return Optional.ofNullable(oldest).map(NativeValues::instant);
    }

    private static Change toChange(Object[] row) {
        return new Change(new ChangePosition(Long.parseLong((String) row[0]), NativeValues.number(row[1])),
                (String) row[2], (String) row[3], ChangeOperation.valueOf((String) row[4]), NativeValues.instant(row[5]),
                (String) row[6]);
    }
}
