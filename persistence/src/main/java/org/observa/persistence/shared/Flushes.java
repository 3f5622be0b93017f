package org.observa.persistence.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;
import org.observa.domain.shared.RejectedWriteException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Writes are flushed at once so that a broken database constraint (a duplicate key that slipped past a
 * check under concurrency, a row still referenced) surfaces as the domain's own exception, inside the
 * request, instead of as a fault at commit.
 */
public final class Flushes {

    private static final String FOREIGN_KEY_VIOLATION = "23503";
    /** What clients call the records of a table, where "table name plus s" would read wrong. */
    private static final Map<String, String> RECORDS = Map.of(
            "api_key", "API keys that still work (revoke them with DELETE /v1/api-keys/{keyId})",
            "party", "parties (as their predecessor)",
            "election_results", "results tables",
            "election_result_row", "results",
            "election_result_total", "results",
            "mission_deployment_area", "missions (as a deployment area)",
            "mission_observation_form", "missions (as one of their observation forms)",
            "station_result", "official station results",
            "observed_result", "observed results");

    private Flushes() {
    }

    public static void flush(EntityManager entityManager, Supplier<? extends RuntimeException> onConstraintViolation) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (constraintViolation(e) != null) {
                throw new RejectedWriteException(onConstraintViolation.get().getMessage());
            }
            throw e;
        }
    }

    /**
     * Flushes the removal of {@code subject} (e.g. "Election 'kh-na-2023-07-23'"); when other records still
     * refer to it, the refusal names which: "… is still referred to by participations; remove those first."
     */
    public static void removal(EntityManager entityManager, String subject) {
        flushRemoval(entityManager, subject, " is");
    }

    /** As {@link #removal}, for several records at once (e.g. "The engagements of mission '…'"). */
    public static void removalOfAll(EntityManager entityManager, String subject) {
        flushRemoval(entityManager, subject, " are");
    }

    private static void flushRemoval(EntityManager entityManager, String subject, String verb) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            ConstraintViolationException violation = constraintViolation(e);
            if (violation == null) {
                throw e;
            }
            String referrers = referringRecords(violation);
            throw new RejectedWriteException(subject + verb + " still referred to by "
                    + (referrers == null ? "other records" : referrers) + "; remove those first.");
        }
    }

    /** The records that still refer to a removed one, from the table PostgreSQL names in its refusal. */
    private static String referringRecords(ConstraintViolationException violation) {
        for (Throwable t = violation; t != null; t = t.getCause()) {
            if (t instanceof PSQLException psql && FOREIGN_KEY_VIOLATION.equals(psql.getSQLState())) {
                ServerErrorMessage message = psql.getServerErrorMessage();
                String table = message == null ? null : message.getTable();
                if (table != null) {
                    return RECORDS.getOrDefault(table, table.replace('_', ' ').toLowerCase(Locale.ROOT) + "s");
                }
            }
        }
        return null;
    }

    private static ConstraintViolationException constraintViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                return violation;
            }
        }
        return null;
    }
}
