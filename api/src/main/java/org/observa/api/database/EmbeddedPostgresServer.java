package org.observa.api.database;

import io.quarkus.runtime.Application;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The embedded PostgreSQL of this JVM, started before Quarkus opens its datasource (see
 * {@link EmbeddedPostgresConfigSourceFactory}). It stops after the service has stopped, so that requests
 * still in flight at shutdown can finish; while the service runs, a server kept on disk is watched and
 * started again if it dies.
 */
public final class EmbeddedPostgresServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

    // Quarkus may build its configuration in more than one class loader (tests restart the application);
    // system properties let every one of them find the server the first one started.
    private static final String RUNNING_URL = "observa.embedded-postgres.running-jdbc-url";
    private static final String RUNNING_PASSWORD = "observa.embedded-postgres.running-password";

    /** How long the service may take to finish its requests before the database stops anyway. */
    private static final long SHUTDOWN_WAIT_SECONDS = 120;

    private static volatile EmbeddedDatabase running;
    private static volatile boolean failed;

    private EmbeddedPostgresServer() {
    }

    /** Starts the server unless this JVM already runs one; returns the JDBC URL of its postgres database. */
    static synchronized String ensureStarted(Path dataDirectory, boolean durable) {
        String url = System.getProperty(RUNNING_URL);
        if (url != null) {
            return url;
        }
        try {
            EmbeddedDatabase database = dataDirectory == null
                    ? EmbeddedDatabase.throwAway()
                    : EmbeddedDatabase.kept(dataDirectory, durable);
            running = database;
            System.setProperty(RUNNING_PASSWORD, database.password());
            System.setProperty(RUNNING_URL, database.jdbcUrl("postgres"));
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stopAfterTheService,
                    "observa-embedded-postgres-stop"));
            if (dataDirectory != null) {
                superviseRestarts(database);
            }
            return database.jdbcUrl("postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    static String password() {
        return System.getProperty(RUNNING_PASSWORD);
    }

    /** Creates a database of that name on the running server unless it exists; returns its JDBC URL. */
    static String ensureDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("An embedded database name is lower-case letters, digits and _: " + name);
        }
        String url = System.getProperty(RUNNING_URL);
        Properties credentials = new Properties();
        credentials.setProperty("user", EmbeddedDatabase.USER);
        credentials.setProperty("password", password());
        try (Connection connection = DriverManager.getConnection(url, credentials);
             Statement statement = connection.createStatement()) {
            if (!statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'").next()) {
                statement.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database " + name, e);
        }
        return url.substring(0, url.lastIndexOf('/') + 1) + name;
    }

    /**
     * False when this JVM's embedded database died and could not be started again: the service is then
     * of no use and should be restarted (its liveness check says so). True otherwise, and with an external database.
     */
    public static boolean isUsable() {
        return !failed;
    }

    private static void superviseRestarts(EmbeddedDatabase database) {
        ScheduledExecutorService supervisor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "observa-embedded-postgres-supervisor");
            thread.setDaemon(true);
            return thread;
        });
        supervisor.scheduleWithFixedDelay(() -> {
            if (running == database) {
                failed = !database.restartIfStopped();
            }
        }, 2, 2, TimeUnit.SECONDS);
    }

    /** JVM shutdown hooks run together: let Quarkus finish the requests in flight before the database goes. */
    private static void stopAfterTheService() {
        EmbeddedDatabase database = running;
        running = null;
        if (database == null) {
            return;
        }
        Application application = Application.currentApplication();
        if (application != null) {
            Thread waiting = new Thread(application::awaitShutdown, "observa-await-service-stop");
            waiting.setDaemon(true);
            waiting.start();
            try {
                waiting.join(TimeUnit.SECONDS.toMillis(SHUTDOWN_WAIT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            database.stop();
        } catch (RuntimeException e) {
            LOG.warnf("Stopping the embedded PostgreSQL failed: %s", e.getMessage());
        }
    }
}
