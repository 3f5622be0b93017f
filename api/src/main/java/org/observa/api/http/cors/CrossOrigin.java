package org.observa.api.http.cors;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cross-origin requests (CORS). Open election data may be read by any web page: reads answer
 * {@code Access-Control-Allow-Origin: *}, the same for every origin, so a shared cache may keep one copy.
 * Writes are for the service's own pages (Swagger UI: a browser sends Origin even on a same-origin POST) and
 * for the origins an operator lists in {@code observa.cors.write-origins} (a partner's browser tool); a
 * preflight from any other origin is offered only the reads. Quarkus's own CORS filter cannot tell reads from
 * writes by origin, hence this one.
 */
@ApplicationScoped
public class CrossOrigin {

    static final String READ_METHODS = "GET, HEAD, OPTIONS";
    static final String ALL_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
    static final String READ_HEADERS = "Accept, Accept-Language, Authorization, If-None-Match";
    static final String WRITE_HEADERS = READ_HEADERS + ", Content-Type, If-Match";
    /** Everything a script needs to page, poll, follow the change feed and back off. */
    static final String EXPOSED = "ETag, Link, Location, Retry-After, RateLimit, RateLimit-Policy, "
            + "Observa-Change-Cursor, Content-Disposition";
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Set<String> writeOrigins;

    public CrossOrigin(@ConfigProperty(name = "observa.cors.write-origins") Optional<List<String>> writeOrigins) {
        this.writeOrigins = writeOrigins.map(origins -> Set.copyOf(origins.stream()
                .map(origin -> origin.trim().toLowerCase(Locale.ROOT).replaceAll("/$", "")).toList())).orElse(Set.of());
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            // The same open-read headers with or without Origin: a shared cache may then hand one stored answer
            // to a browser and to a script alike, and needs no Vary: Origin to keep them apart.
            if (READS.contains(request.method())) {
                response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                        .putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
            }
            context.next();
            return;
        }
        boolean mayWrite = mayWrite(origin, request);
        String preflightMethod = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (request.method() == HttpMethod.OPTIONS && preflightMethod != null) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                    .putHeader(HttpHeaders.VARY, "Origin")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, mayWrite ? ALL_METHODS : READ_METHODS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, mayWrite ? WRITE_HEADERS : READ_HEADERS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "86400")
                    .setStatusCode(204).end();
            return;
        }
        if (READS.contains(request.method())) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        } else if (mayWrite) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin).putHeader(HttpHeaders.VARY, "Origin");
        }
        // A write from an origin that may only read gets no Access-Control-Allow-Origin: its page cannot read the answer.
        response.putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        context.next();
    }

    private boolean mayWrite(String origin, HttpServerRequest request) {
        String normalized = origin.toLowerCase(Locale.ROOT);
        return normalized.equals(ownOrigin(request)) || writeOrigins.contains(normalized);
    }

    /** The origin this request was addressed to (behind a trusted proxy, the one the client used). */
    private static String ownOrigin(HttpServerRequest request) {
        String host = request.authority() == null ? request.getHeader(HttpHeaders.HOST) : request.authority().toString();
        return host == null ? "" : (request.scheme() + "://" + host).toLowerCase(Locale.ROOT);
    }
}
