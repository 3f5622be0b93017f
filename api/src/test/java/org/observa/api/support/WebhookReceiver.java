package org.observa.api.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A partner's webhook receiver on loopback, inside the test JVM: it keeps every request it is sent and answers
 * with the status it is told to. It can go down (nothing listens on its port) and come back on the same port.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as the receiver saw it. */
    public record Received(Instant at, String path, String id, String timestamp, String signature,
                           String contentType, String body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(204);
    private final AtomicInteger delayMillis = new AtomicInteger();
    private int port;
    private HttpServer server;

    private WebhookReceiver(int port) throws IOException {
        this.port = port;
        up();
    }

    public static WebhookReceiver start() throws IOException {
        return new WebhookReceiver(0);
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/hooks/observa";
    }

    public void answer(int status) {
        this.status.set(status);
    }

    /** Keeps every sender waiting this long before answering (0: answers at once). */
    public void answerAfter(Duration delay) {
        this.delayMillis.set((int) delay.toMillis());
    }

    /** Stops listening: connections to the port are refused. */
    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Listens again, on the same port. */
    public synchronized void up() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            var headers = exchange.getRequestHeaders();
            int answer = status.get();
            if (answer >= 200 && answer < 300) {
                received.add(new Received(Instant.now(), exchange.getRequestURI().toString(), headers.getFirst("webhook-id"),
                        headers.getFirst("webhook-timestamp"), headers.getFirst("webhook-signature"),
                        headers.getFirst("Content-Type"), new String(body, StandardCharsets.UTF_8)));
            }
            int delay = delayMillis.get();
            if (delay > 0) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] reply = answer == 204 ? new byte[0] : ("answer " + answer).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer, answer == 204 ? -1 : reply.length);
            if (reply.length > 0) {
                exchange.getResponseBody().write(reply);
            }
            exchange.close();
        });
        // Each request on a thread of its own, so that a slow answer holds up only its own sender.
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        port = server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until the receiver has taken at least {@code count} messages matching {@code which}. */
    public List<Received> await(int count, Predicate<Received> which, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            List<Received> matching = received.stream().filter(which).toList();
            if (matching.size() >= count) {
                return matching;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        throw new AssertionError("The receiver got " + received.stream().filter(which).count() + " of " + count
                + " messages within " + within + "; all it got: " + received);
    }

    @Override
    public void close() {
        down();
    }
}
