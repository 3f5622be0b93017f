package org.observa.api.http.conditional;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Names in {@code Vary} what the API's answers depend on besides the URL: the representation chosen by
 * {@code Accept} (JSON, GeoJSON, CSV, NDJSON), the gzip chosen by {@code Accept-Encoding} and the caller
 * named by {@code Authorization}, so that a shared cache never hands one client the variant made for another —
 * nor a public answer it keeps to a key that must read its own writes. Cross-origin answers add {@code Origin}
 * where they depend on it (see CrossOrigin).
 */
@ApplicationScoped
public class Variants {

    private static final String NEGOTIATED = "Accept, Accept-Encoding, Authorization";
    private static final List<String> NEGOTIATED_NAMES = List.of(NEGOTIATED.split(", "));

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String path = context.request().path();
        if (path != null && (path.startsWith("/v1/") || path.startsWith("/q/openapi"))) {
            HttpServerResponse response = context.response();
            context.addHeadersEndHandler(ignored -> merge(response));
        }
        context.next();
    }

    private static void merge(HttpServerResponse response) {
        List<String> present = response.headers().getAll(HttpHeaders.VARY);
        if (present.isEmpty()) {
            response.headers().set(HttpHeaders.VARY, NEGOTIATED);
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String header : present) {
            for (String name : header.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.trim());
                }
            }
        }
        names.addAll(NEGOTIATED_NAMES);
        response.headers().set(HttpHeaders.VARY, String.join(", ", names));
    }
}
