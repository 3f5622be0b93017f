package org.observa.api.http.problem;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Which database failures mean "not now" rather than "never": the database is restarting or unreachable,
 * out of connections, or chose this transaction as a deadlock victim. A client that retries after a
 * moment succeeds, so the answer is a 503 with Retry-After, never a 500.
 */
final class DatabaseAvailability {

    static final String RETRY_AFTER_SECONDS = "2";

    private DatabaseAvailability() {
    }

    /**
     * An open connection broke (not a new one refused): the database went away or restarted, so every pooled
     * connection is suspect.
     */
    static boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.equals("08003") || state.equals("08006") || state.startsWith("57P");
    }

    static boolean isUnavailable(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") // connection exception
                || state.startsWith("57P") // admin or crash shutdown, cannot connect now
                || state.startsWith("53") // insufficient resources, e.g. too many connections
                || state.equals("40001") || state.equals("40P01") // serialization failure, deadlock
                || state.isEmpty() && e.getMessage() != null
                && e.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout"); // the pool had no connection
    }
}
