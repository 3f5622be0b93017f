package org.observa.api.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL of the default run, started as the default run starts it (data kept on disk),
 * checked as an attacker on the same machine and a power cut would check it.
 */
class EmbeddedDatabaseTest {

    @TempDir
    static Path home;

    private static EmbeddedDatabase database;

    @BeforeAll
    static void startAsTheDefaultRunDoes() throws IOException {
        database = EmbeddedDatabase.kept(home.resolve("postgres"), true);
    }

    @AfterAll
    static void stop() {
        database.stop();
    }

    @Test
    void aLoginWithoutThePasswordIsRefused() {
        assertThatThrownBy(() -> login(database, null)).isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> login(database, "postgres")).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void thePasswordIsInTheDataDirectoryForItsOwnerOnly() throws Exception {
        Path file = database.directory().resolve(EmbeddedDatabase.PASSWORD_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file).trim()).hasSizeGreaterThanOrEqualTo(40);
        try (Connection connection = login(database, Files.readString(file).trim())) {
            assertThat(setting(connection, "password_encryption")).isEqualTo("scram-sha-256");
        }
    }

    @Test
    void itListensOnTheLoopbackOnlyAndHasNoSocketFile() throws Exception {
        try (Connection connection = login(database, database.password())) {
            assertThat(setting(connection, "listen_addresses")).isEqualTo("localhost");
            assertThat(setting(connection, "unix_socket_directories")).isEmpty();
        }
    }

    @Test
    void keptDataIsWrittenCrashSafe() throws Exception {
        try (Connection connection = login(database, database.password())) {
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void aServerThatDiesIsStartedAgainWithItsData() throws Exception {
        try (Connection connection = login(database, database.password()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS survivor (name text)");
            statement.execute("INSERT INTO survivor VALUES ('still here')");
        }
        long pid = database.postmasterPid().orElseThrow();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        waitUntil(() -> !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));

        assertThat(database.restartIfStopped()).isTrue();

        assertThat(database.postmasterPid()).isNotEqualTo(java.util.Optional.of(pid));
        try (Connection connection = login(database, database.password()); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM survivor")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void aClusterMadeWithoutAPasswordIsProtectedOnItsNextStart(@TempDir Path legacyHome) throws Exception {
        Path directory = legacyHome.resolve("postgres");
        // How earlier versions created the cluster: every local user trusted, no password.
        EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).start().close();

        EmbeddedDatabase upgraded = EmbeddedDatabase.kept(directory, true);
        try {
            assertThatThrownBy(() -> login(upgraded, null)).isInstanceOf(SQLException.class);
            try (Connection connection = login(upgraded, Files.readString(directory.resolve(EmbeddedDatabase.PASSWORD_FILE)).trim())) {
                assertThat(setting(connection, "fsync")).isEqualTo("on");
            }
        } finally {
            upgraded.stop();
        }
    }

    @Test
    void theServerStopsWhenTheJvmThatStartedItIsKilled(@TempDir Path orphanHome) throws Exception {
        Path directory = orphanHome.resolve("postgres");
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StartAndWait.class.getName(), directory.toString())
                .redirectErrorStream(true).start();
        try {
            waitUntil(() -> Files.exists(directory.resolve("ready")));
            long pid = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).trim());
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);

            jvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9: no shutdown hook runs

            waitUntil(() -> !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        } finally {
            jvm.destroyForcibly();
        }
    }

    /** A JVM that starts a kept embedded database and waits to be killed. */
    public static final class StartAndWait {
        public static void main(String[] args) throws Exception {
            EmbeddedDatabase.kept(Path.of(args[0]), true);
            Files.writeString(Path.of(args[0], "ready"), "");
            Thread.sleep(Duration.ofMinutes(5).toMillis());
        }
    }

    private static Connection login(EmbeddedDatabase database, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedDatabase.USER);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(database.jdbcUrl("postgres"), properties);
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SHOW " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited 30 s in vain");
            }
            Thread.sleep(100);
        }
    }
}
