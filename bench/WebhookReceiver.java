import com.sun.net.httpserver.HttpServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's webhook receiver (run with `java bench/WebhookReceiver.java <port> <log>`): answers every POST
 * 204 at once and writes one line per message, "<arrival epoch ms> <ms since the change was made>";
 * GET /count says how many messages it has taken.
 */
public class WebhookReceiver {

    private static final Pattern CHANGED_AT = Pattern.compile("\"changedAt\":\"([^\"]+)\"");

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        BufferedWriter log = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8);
        AtomicLong count = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        server.createContext("/", exchange -> {
            if ("GET".equals(exchange.getRequestMethod())) {
                byte[] answer = Long.toString(count.get()).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
                return;
            }
            long arrived = System.currentTimeMillis();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            Matcher changedAt = CHANGED_AT.matcher(body);
            long latency = changedAt.find() ? arrived - Instant.parse(changedAt.group(1)).toEpochMilli() : -1;
            synchronized (log) {
                log.write(arrived + " " + latency + "\n");
                log.flush();
            }
            count.incrementAndGet();
        });
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.start();
    }
}
