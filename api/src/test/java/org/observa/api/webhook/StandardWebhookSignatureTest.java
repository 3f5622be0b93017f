package org.observa.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The worked example of the contract (tag Webhooks) is what the service computes: a receiver can check its code against it. */
class StandardWebhookSignatureTest {

    @Test
    void theContractsWorkedExampleIsWhatTheServiceSigns() throws Exception {
        String description = new ObjectMapper(new YAMLFactory()).readTree(Path.of("../openapi.yaml").toFile())
                .path("tags").findValues("description").stream()
                .map(node -> node.asText()).filter(text -> text.contains("webhook-signature")).findFirst().orElseThrow();
        String secret = find(description, "the secret `(whsec_[^`]+)`");
        String id = find(description, "`webhook-id: ([^`]+)`");
        String timestamp = find(description, "`webhook-timestamp: ([0-9]+)`");
        String body = find(description, "the body\\s+`(\\{.*?\\})`,");
        String signature = find(description, "the signature is `(v1,[^`]+)`");

        assertThat(StandardWebhookSignature.header(List.of(secret), id, Long.parseLong(timestamp),
                body.getBytes(StandardCharsets.UTF_8))).isEqualTo(signature);
    }

    @Test
    void duringARotationTheHeaderHoldsOneSignaturePerSecretCurrentFirst() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String current = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        String previous = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String header = StandardWebhookSignature.header(List.of(current, previous), "msg", 1, body);
        assertThat(header.split(" ")).containsExactly("v1," + StandardWebhookSignature.sign(current, "msg", 1, body),
                "v1," + StandardWebhookSignature.sign(previous, "msg", 1, body));
    }

    private static String find(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern, Pattern.DOTALL).matcher(text);
        assertThat(matcher.find()).as("the contract's example has %s", pattern).isTrue();
        return matcher.group(1);
    }
}
