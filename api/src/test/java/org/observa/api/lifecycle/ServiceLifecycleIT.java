package org.observa.api.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting and stopping the packaged service as an operator does: invalid settings, SIGTERM under load. */
class ServiceLifecycleIT {

    private static final String CENTRE = "2039424d-7aa5-4365-814f-0e3f79595d25"; // a school of the demo data
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void invalidConfigurationStopsStartUpWithOneClearMessage(@TempDir Path home) throws Exception {
        Path data = home.resolve("postgres");
        try (PackagedService service = PackagedService.start(data, Map.of("OBSERVA_BOOTSTRAP_ADMIN_KEY", "too-short"))) {
            assertThat(service.process().waitFor(120, TimeUnit.SECONDS)).as("the service stops by itself").isTrue();
            assertThat(service.process().exitValue()).isNotZero();
            String log = service.log();
            assertThat(log).contains("observa.bootstrap-admin-key (OBSERVA_BOOTSTRAP_ADMIN_KEY) must be at least 20"
                    + " characters long; it has 9.");
            assertThat(log).doesNotContain("Exception");
            assertThat(log).doesNotContain("Listening on");
        }
        // Nor is its embedded database left behind.
        awaitStopped(data);
    }

    @Test
    void sigtermLetsARequestInFlightFinishBeforeTheServiceAndItsDatabaseStop(@TempDir Path home) throws Exception {
        Path data = home.resolve("postgres");
        int stations = 4000;
        StringBuilder csv = new StringBuilder("centreId,number,registeredVoters\n");
        for (int i = 0; i < stations; i++) {
            csv.append(CENTRE).append(',').append(70_000 + i).append(",500\n");
        }
        HttpClient http = HttpClient.newHttpClient();
        try (PackagedService service = PackagedService.start(data).awaitReady()) {
            CompletableFuture<HttpResponse<String>> importing = http.sendAsync(HttpRequest.newBuilder(
                            service.uri("/v1/imports?electionId=kh-na-2023-07-23"))
                    .header("Authorization", "Bearer " + PackagedService.ADMIN_KEY)
                    .header("Content-Type", "text/csv")
                    .timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(1000);
            assertThat(importing).as("the import is still in flight (it takes several seconds)").isNotDone();

            service.process().destroy(); // SIGTERM
            HttpResponse<String> imported = importing.get(120, TimeUnit.SECONDS);

            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            assertThat(JSON.readTree(imported.body()).at("/results/pollingStations/created").asInt()).isEqualTo(stations);
            assertThat(service.process().waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(service.log()).doesNotContain("stopped unexpectedly");
        }
        awaitStopped(data);

        // Everything the import reported is there after a restart.
        try (PackagedService again = PackagedService.start(data).awaitReady()) {
            JsonNode page = JSON.readTree(http.send(HttpRequest.newBuilder(again.uri(
                    "/v1/polling-stations?electionId=kh-na-2023-07-23&number=" + (70_000 + stations - 1))).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(page.path("items")).hasSize(1);
            assertThat(again.stop()).isIn(0, 143);
        }
    }

    /** The embedded PostgreSQL of a data directory has stopped (its lock file names no live process). */
    private static void awaitStopped(Path data) throws Exception {
        Path pidFile = data.resolve("postmaster.pid");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Files.exists(pidFile)) {
            List<String> lines = Files.readAllLines(pidFile);
            boolean alive = !lines.isEmpty() && ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .map(ProcessHandle::isAlive).orElse(false);
            if (!alive) {
                return;
            }
            assertThat(System.nanoTime()).as("the embedded PostgreSQL stops").isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
