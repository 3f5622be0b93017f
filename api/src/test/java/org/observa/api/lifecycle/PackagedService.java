package org.observa.api.lifecycle;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (api/target/quarkus-app/quarkus-run.jar) started as an operator starts it, with
 * {@code java -jar} and environment variables, on a port and an embedded data directory of its own.
 */
final class PackagedService implements AutoCloseable {

    static final String ADMIN_KEY = "packaged-service-test-administrator-key";

    private final Path dataDirectory;
    private final Path log;
    private final int port;
    private final Process process;

    private PackagedService(Path dataDirectory, Map<String, String> environment) throws IOException {
        this.dataDirectory = dataDirectory;
        this.port = freePort();
        this.log = Files.createTempFile("observa-service-", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar().toString())
                .directory(dataDirectory.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("OBSERVA_DATABASE_EMBEDDED_DATA_DIR", dataDirectory.toString());
        env.put("OBSERVA_BOOTSTRAP_ADMIN_KEY", ADMIN_KEY);
        env.putAll(environment);
        this.process = builder.start();
    }

    static PackagedService start(Path dataDirectory) throws IOException {
        return new PackagedService(dataDirectory, Map.of());
    }

    static PackagedService start(Path dataDirectory, Map<String, String> environment) throws IOException {
        return new PackagedService(dataDirectory, new HashMap<>(environment));
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("observa.packaged-application", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No packaged application at " + jar + ": run mvn verify (or package) first");
        }
        return jar;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    Process process() {
        return process;
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** Waits until the service says it is ready, or fails with its log. */
    PackagedService awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The service stopped while starting:\n" + log());
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(uri("/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The service was not ready within 120 s:\n" + log());
    }

    /** SIGTERM, as systemd or Kubernetes stop a service; waits for the process to end and returns its exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The service did not stop within 90 s of SIGTERM");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
