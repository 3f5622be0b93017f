package org.observa.persistence.webhook;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.observa.domain.partner.Change;
import org.observa.domain.partner.ChangeOperation;
import org.observa.domain.partner.ChangePosition;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.webhook.DeliveryAttempt;
import org.observa.domain.webhook.DeliveryKind;
import org.observa.domain.webhook.DeliveryStatus;
import org.observa.domain.webhook.WebhookDelivery;
import org.observa.domain.webhook.WebhookDeliveryRepository;
import org.observa.persistence.shared.NativeValues;

/**
 * The delivery queue and log in plain SQL: a subscription is leased with {@code FOR UPDATE SKIP LOCKED} in a
 * short transaction (never held while a receiver is called: a transaction that locks rows holds back the change
 * feed), and the change feed is read with the same rule as {@code GET /v1/changes}.
 */
@ApplicationScoped
public class PanacheWebhookDeliveryRepository implements WebhookDeliveryRepository {

    // The newest change already in the feed; a subscription before it has something to look at.
    private static final String CLAIM = """
            update webhook_cursor c set lease_owner = :owner,
                   lease_until = clock_timestamp() + make_interval(secs => :leaseSeconds)
            where c.subscription_id = (
                select w.subscription_id from webhook_cursor w join webhook_subscription s on s.id = w.subscription_id
                where (w.lease_until is null or w.lease_until < clock_timestamp())
                  and ((s.status = 'ACTIVE' and w.next_attempt_at <= clock_timestamp()
                        and (w.pending_delivery_id is not null
                             or (w.after_txid, w.after_sequence) < (
                                 select l.txid::text::bigint as transaction_id, l.sequence from change_log l
                                 where l.txid < pg_snapshot_xmin(pg_current_snapshot())
                                 order by l.txid desc, l.sequence desc limit 1)))
                       or exists (select 1 from webhook_delivery d where d.subscription_id = w.subscription_id
                                  and d.status = 'PENDING' and d.kind <> 'CHANGE'))
                order by w.next_attempt_at
                limit 1
                for update of w skip locked)
            returning c.subscription_id""";

    private static final String CLAIM_JDBC = CLAIM.replace(":owner", "?").replace(":leaseSeconds", "?");

    private static final String DELIVERY_COLUMNS = """
            d.id, d.subscription_id, d.message_id, d.kind, d.event_type, d.change_txid, d.change_sequence,
            d.resource_type, d.resource_id, d.operation, d.changed_at, d.link, d.payload, d.status, d.created_at,
            d.finished_at, c.next_attempt_at
            from webhook_delivery d left join webhook_cursor c on c.pending_delivery_id = d.id
            """;

    private final AgroalDataSource dataSource;

    public PanacheWebhookDeliveryRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Every idle instance asks this several times a second: one statement on a connection of its own, committed at
     * once, outside Hibernate (whose statistics count the statements of requests).
     */
    @Override
    public Optional<UUID> claim(String owner, Duration lease) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement claim = connection.prepareStatement(CLAIM_JDBC)) {
            claim.setString(1, owner);
            claim.setDouble(2, lease.toMillis() / 1000.0);
            try (ResultSet claimed = claim.executeQuery()) {
                return claimed.next() ? Optional.of(claimed.getObject(1, UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No webhook subscription could be leased: " + e.getMessage(), e);
        }
    }

    @Override
    public void release(UUID subscriptionId, String owner) {
        em().createNativeQuery("""
                        update webhook_cursor set lease_owner = null, lease_until = null
                        where subscription_id = :id and lease_owner = :owner""")
                .setParameter("id", subscriptionId).setParameter("owner", owner).executeUpdate();
    }

    @Override
    public Optional<Cursor> cursor(UUID subscriptionId) {
        List<?> rows = em().createNativeQuery("""
                        select after_txid, after_sequence, pending_delivery_id, consecutive_failures, failing_since,
                               next_attempt_at
                        from webhook_cursor where subscription_id = :id""")
                .setParameter("id", subscriptionId).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new Cursor(new ChangePosition(NativeValues.number(r[0]), NativeValues.number(r[1])), (UUID) r[2], (int) NativeValues.number(r[3]),
                    NativeValues.instant(r[4]), NativeValues.instant(r[5]));
        });
    }

    @Override
    public void skipTo(UUID subscriptionId, ChangePosition position) {
        em().createNativeQuery("""
                        update webhook_cursor set after_txid = :txid, after_sequence = :sequence
                        where subscription_id = :id and pending_delivery_id is null
                          and (after_txid, after_sequence) < (:txid, :sequence)""")
                .setParameter("id", subscriptionId)
                .setParameter("txid", position.transactionId())
                .setParameter("sequence", position.sequence())
                .executeUpdate();
    }

    @Override
    public void enqueue(WebhookDelivery delivery) {
        Change change = delivery.change();
        em().createNativeQuery("""
                        insert into webhook_delivery (id, subscription_id, message_id, kind, event_type, change_txid,
                            change_sequence, resource_type, resource_id, operation, changed_at, link, payload, status,
                            created_at)
                        values (:id, :subscription, :message, :kind, :eventType, :txid, :sequence, :type, :resource,
                            :operation, :changedAt, :link, :payload, :status, :createdAt)""")
                .setParameter("id", delivery.id())
                .setParameter("subscription", delivery.subscriptionId())
                .setParameter("message", delivery.messageId())
                .setParameter("kind", delivery.kind().name())
                .setParameter("eventType", delivery.eventType())
                .setParameter("txid", change == null ? null : change.position().transactionId())
                .setParameter("sequence", change == null ? null : change.position().sequence())
                .setParameter("type", change == null ? null : change.type())
                .setParameter("resource", change == null ? null : change.id())
                .setParameter("operation", change == null ? null : change.operation().name())
                .setParameter("changedAt", change == null ? null : change.changedAt())
                .setParameter("link", change == null ? null : change.link())
                .setParameter("payload", delivery.payload())
                .setParameter("status", delivery.status().name())
                .setParameter("createdAt", delivery.createdAt())
                .executeUpdate();
        if (delivery.kind() == DeliveryKind.CHANGE) {
            em().createNativeQuery("update webhook_cursor set pending_delivery_id = :delivery where subscription_id = :id")
                    .setParameter("delivery", delivery.id()).setParameter("id", delivery.subscriptionId())
                    .executeUpdate();
        }
    }

    @Override
    public Optional<WebhookDelivery> byId(UUID subscriptionId, UUID deliveryId) {
        return deliveries("select " + DELIVERY_COLUMNS + " where d.subscription_id = :subscription and d.id = :id",
                Map.of("subscription", subscriptionId, "id", deliveryId)).stream().findFirst();
    }

    @Override
    public List<WebhookDelivery> waitingBesideTheFeed(UUID subscriptionId, int limit) {
        return deliveries("select " + DELIVERY_COLUMNS + """
                 where d.subscription_id = :subscription and d.status = 'PENDING' and d.kind <> 'CHANGE'
                 order by d.created_at, d.id limit""" + " " + limit, Map.of("subscription", subscriptionId));
    }

    @Override
    public Optional<String> lastDeliveredPayload(UUID subscriptionId, String type, String id) {
        List<?> rows = em().createNativeQuery("""
                        select payload from webhook_delivery
                        where subscription_id = :subscription and resource_type = :type and resource_id = :id
                          and kind = 'CHANGE' and status = 'DELIVERED' and operation <> 'DELETE'
                        order by created_at desc limit 1""")
                .setParameter("subscription", subscriptionId).setParameter("type", type).setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst().map(String.class::cast);
    }

    @Override
    public void recordAttempt(UUID deliveryId, DeliveryAttempt attempt, DeliveryStatus status) {
        em().createNativeQuery("""
                        insert into webhook_attempt (delivery_id, number, attempted_at, status_code, latency_ms, error,
                            response_body)
                        values (:delivery, (select attempts + 1 from webhook_delivery where id = :delivery), :at,
                            :statusCode, :latency, :error, :body)""")
                .setParameter("delivery", deliveryId)
                .setParameter("at", attempt.attemptedAt())
                .setParameter("statusCode", attempt.statusCode())
                .setParameter("latency", (int) Math.min(Integer.MAX_VALUE, attempt.latencyMillis()))
                .setParameter("error", attempt.error())
                .setParameter("body", attempt.responseBody())
                .executeUpdate();
        em().createNativeQuery("""
                        update webhook_delivery set attempts = attempts + 1, status = :status,
                            finished_at = case when :finished then cast(:at as timestamptz) end
                        where id = :delivery""")
                .setParameter("delivery", deliveryId)
                .setParameter("status", status.name())
                .setParameter("finished", status != DeliveryStatus.PENDING)
                .setParameter("at", attempt.attemptedAt())
                .executeUpdate();
    }

    @Override
    public boolean advance(UUID subscriptionId, String owner, ChangePosition position, Instant now) {
        return em().createNativeQuery("""
                        update webhook_cursor set after_txid = :txid, after_sequence = :sequence,
                            pending_delivery_id = null, consecutive_failures = 0, failing_since = null,
                            next_attempt_at = :now
                        where subscription_id = :id and lease_owner = :owner""")
                .setParameter("id", subscriptionId)
                .setParameter("owner", owner)
                .setParameter("txid", position.transactionId())
                .setParameter("sequence", position.sequence())
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    @Override
    public void retryLater(UUID subscriptionId, String owner, int failures, Instant failingSince, Instant nextAttemptAt) {
        em().createNativeQuery("""
                        update webhook_cursor set consecutive_failures = :failures, failing_since = :since,
                            next_attempt_at = :next
                        where subscription_id = :id and lease_owner = :owner""")
                .setParameter("id", subscriptionId)
                .setParameter("owner", owner)
                .setParameter("failures", failures)
                .setParameter("since", failingSince)
                .setParameter("next", nextAttemptAt)
                .executeUpdate();
    }

    @Override
    public void resetFailures(UUID subscriptionId, Instant now) {
        em().createNativeQuery("""
                        update webhook_cursor set consecutive_failures = 0, failing_since = null, next_attempt_at = :now
                        where subscription_id = :id""")
                .setParameter("id", subscriptionId).setParameter("now", now).executeUpdate();
    }

    @Override
    public Page<WebhookDelivery> log(UUID subscriptionId, DeliveryStatus status, PageRequest page) {
        StringBuilder sql = new StringBuilder("select " + DELIVERY_COLUMNS + " where d.subscription_id = :subscription");
        Map<String, Object> parameters = new HashMap<>(Map.of("subscription", subscriptionId));
        if (status != null) {
            sql.append(" and d.status = :status");
            parameters.put("status", status.name());
        }
        if (!page.isFirst()) {
            sql.append(" and (d.created_at, d.id) < (cast(:afterCreated as timestamptz), :afterId)");
            parameters.put("afterCreated", page.afterInstant(0));
            parameters.put("afterId", page.afterUuid(1));
        }
        sql.append(" order by d.created_at desc, d.id desc limit ").append(page.size() + 1);
        return Page.of(deliveries(sql.toString(), parameters), page.size(),
                delivery -> List.of(delivery.createdAt().toString(), delivery.id().toString()));
    }

    @Override
    public int forgetFinishedBefore(Instant before) {
        return em().createNativeQuery("""
                        delete from webhook_delivery d where d.finished_at < :before
                          and not exists (select 1 from webhook_cursor c where c.pending_delivery_id = d.id)""")
                .setParameter("before", before).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Backlog> backlogs() {
        List<Object[]> rows = em().createNativeQuery("""
                        select c.subscription_id,
                               coalesce((select d.changed_at from webhook_delivery d where d.id = c.pending_delivery_id),
                                        (select l.changed_at from change_log l
                                         where (l.txid, l.sequence) > (c.after_txid::text::xid8, c.after_sequence)
                                         order by l.txid, l.sequence limit 1))
                        from webhook_cursor c join webhook_subscription s on s.id = c.subscription_id
                        where s.status = 'ACTIVE'""")
                .getResultList();
        return rows.stream().map(row -> new Backlog((UUID) row[0], NativeValues.instant(row[1]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<WebhookDelivery> deliveries(String sql, Map<String, Object> parameters) {
        Query query = em().createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<DeliveryAttempt>> attempts = attemptsOf(rows.stream().map(row -> (UUID) row[0]).toList());
        List<WebhookDelivery> deliveries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Change change = row[7] == null ? null : new Change(new ChangePosition(NativeValues.number(row[5]), NativeValues.number(row[6])),
                    (String) row[7], (String) row[8], ChangeOperation.valueOf((String) row[9]), NativeValues.instant(row[10]),
                    (String) row[11]);
            UUID id = (UUID) row[0];
            deliveries.add(new WebhookDelivery(id, (UUID) row[1], (UUID) row[2], DeliveryKind.valueOf((String) row[3]),
                    (String) row[4], change, (String) row[12], DeliveryStatus.valueOf((String) row[13]),
                    NativeValues.instant(row[14]), NativeValues.instant(row[15]), NativeValues.instant(row[16]), attempts.getOrDefault(id, List.of())));
        }
        return deliveries;
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, List<DeliveryAttempt>> attemptsOf(List<UUID> deliveryIds) {
        List<Object[]> rows = em().createNativeQuery("""
                        select delivery_id, number, attempted_at, status_code, latency_ms, error, response_body
                        from webhook_attempt where delivery_id in (:ids) order by delivery_id, number""")
                .setParameter("ids", deliveryIds).getResultList();
        Map<UUID, List<DeliveryAttempt>> attempts = new HashMap<>();
        for (Object[] row : rows) {
            attempts.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(new DeliveryAttempt(
                    (int) NativeValues.number(row[1]), NativeValues.instant(row[2]), row[3] == null ? null : (int) NativeValues.number(row[3]),
                    NativeValues.number(row[4]), (String) row[5], (String) row[6]));
        }
        return attempts;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
