package org.observa.api.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifests the build generates (target/kubernetes/kubernetes.json) probe endpoints the packaged service really has. */
class KubernetesManifestIT {

    @Test
    void theDeploymentsProbesAnswerOnTheRunningService(@TempDir Path home) throws Exception {
        JsonNode deployment = null;
        for (JsonNode item : new ObjectMapper().readTree(Path.of("target", "kubernetes", "kubernetes.json").toFile())) {
            if (item.path("kind").asText().equals("Deployment")) {
                deployment = item;
            }
        }
        assertThat(deployment).as("a Deployment in the manifests").isNotNull();
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        List<String> probes = new ArrayList<>();
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            probes.add(container.path(probe).path("httpGet").path("path").asText());
        }
        assertThat(probes).containsExactly("/q/health/live", "/q/health/ready", "/q/health/started");
        assertThat(container.at("/envFrom/0/secretRef/name").asText()).isEqualTo("observa-database");
        assertThat(container.at("/resources/requests/memory").asText()).isEqualTo("448Mi");

        HttpClient http = HttpClient.newHttpClient();
        try (PackagedService service = PackagedService.start(home.resolve("postgres")).awaitReady()) {
            for (String probe : probes) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(service.uri(probe)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(probe).isEqualTo(200);
                assertThat(JsonMapper.builder().build().readTree(answer.body()).path("status").asText()).isEqualTo("UP");
            }
        }
    }
}
