package org.observa.api.database;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of its own that a test can crash and start again, given to the application as an
 * external database (QUARKUS_DATASOURCE_JDBC_URL), as an operator's would be.
 */
public class StoppableDatabase implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        try {
            database = EmbeddedDatabase.kept(Files.createTempDirectory("observa-outage-").resolve("postgres"), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.datasource.jdbc.url", database.jdbcUrl("postgres"),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", database.password(),
                "observa.demo-data.enabled", "true");
    }

    @Override
    public void stop() {
        database.stop();
    }

    /** Kills the server as a crash or a power cut would, and waits until it is gone. */
    static void crash() throws InterruptedException {
        long pid = database.postmasterPid().orElseThrow();
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("PostgreSQL " + pid + " did not die");
            }
            Thread.sleep(50);
        }
    }

    /** Starts the server again on the same port and data (retrying while its old processes wind down). */
    static void startAgain() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!database.restartIfStopped()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("PostgreSQL did not start again");
            }
            Thread.sleep(500);
        }
    }
}
