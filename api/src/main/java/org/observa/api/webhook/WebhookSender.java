package org.observa.api.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.observa.domain.webhook.DeliveryAttempt;
import org.observa.domain.webhook.OutgoingMessage;

/**
 * Hands one message to a receiver: a signed {@code POST}, within a short connect timeout and a bound on the
 * whole exchange, without following redirects, reading at most the first kilobyte of the answer. The target's
 * addresses are checked against {@link PrivateTargetGuard} first; the JDK caches the lookup, so the connection
 * goes to the address that was checked.
 */
@ApplicationScoped
public class WebhookSender {

    static final String USER_AGENT = "Observa-Webhooks/1.0 (+https://www.standardwebhooks.com/)";

    private final HttpClient client;
    private final Duration timeout;
    private final PrivateTargetGuard guard;
    private final Clock clock;

    public WebhookSender(@ConfigProperty(name = "observa.webhooks.connect-timeout") Duration connectTimeout,
                         @ConfigProperty(name = "observa.webhooks.timeout") Duration timeout,
                         PrivateTargetGuard guard, Clock clock) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
        this.timeout = timeout;
        this.guard = guard;
        this.clock = clock;
    }

    public DeliveryAttempt send(OutgoingMessage message, URI target, List<String> secrets) {
        Instant attemptedAt = clock.instant();
        long started = System.nanoTime();
        Optional<String> refused = checkTarget(target);
        if (refused.isPresent()) {
            return failed(message, attemptedAt, started, refused.get());
        }
        byte[] body = message.payload().getBytes(StandardCharsets.UTF_8);
        long timestamp = attemptedAt.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", message.messageId().toString())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", StandardWebhookSignature.header(secrets, message.messageId().toString(),
                        timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        CompletableFuture<HttpResponse<String>> exchange = client.sendAsync(request, info -> new FirstBytes());
        try {
            HttpResponse<String> response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new DeliveryAttempt(message.attemptNumber(), attemptedAt, response.statusCode(), elapsed(started),
                    null, response.body().isEmpty() ? null : response.body());
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return failed(message, attemptedAt, started, "no complete answer within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return failed(message, attemptedAt, started, "the delivery was interrupted (the service is stopping)");
        } catch (ExecutionException e) {
            return failed(message, attemptedAt, started, describe(e.getCause(), target));
        }
    }

    private Optional<String> checkTarget(URI target) {
        String host = target.getHost();
        try {
            return guard.refusal(host, InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return Optional.of("the host " + host + " could not be resolved");
        } catch (RuntimeException e) {
            return Optional.of("the target could not be checked: " + e.getMessage());
        }
    }

    private static String describe(Throwable cause, URI target) {
        if (cause instanceof HttpTimeoutException) {
            return "no answer in time from " + target.getHost();
        }
        if (cause instanceof ConnectException) {
            return "could not connect to " + target.getHost() + (target.getPort() > 0 ? ":" + target.getPort() : "");
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return limit(message, 400);
    }

    private DeliveryAttempt failed(OutgoingMessage message, Instant attemptedAt, long started, String error) {
        return new DeliveryAttempt(message.attemptNumber(), attemptedAt, null, elapsed(started), limit(error, 400), null);
    }

    private static long elapsed(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /** Text that PostgreSQL can store: no NUL characters, at most {@code max} characters. */
    static String limit(String text, int max) {
        String storable = text.replace('\u0000', '\uFFFD');
        return storable.length() <= max ? storable : storable.substring(0, max);
    }

    /** Keeps the first kilobyte of an answer and stops reading there. */
    private static final class FirstBytes implements HttpResponse.BodySubscriber<String> {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<String> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        @Override
        public CompletionStage<String> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                int room = DeliveryAttempt.RESPONSE_BODY_LIMIT - bytes.size();
                byte[] chunk = new byte[Math.min(room, buffer.remaining())];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
            if (bytes.size() >= DeliveryAttempt.RESPONSE_BODY_LIMIT) {
                subscription.cancel();
                complete();
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onError(Throwable error) {
            complete();
        }

        @Override
        public void onComplete() {
            complete();
        }

        private void complete() {
            body.complete(limit(bytes.toString(StandardCharsets.UTF_8), DeliveryAttempt.RESPONSE_BODY_LIMIT));
        }
    }
}
