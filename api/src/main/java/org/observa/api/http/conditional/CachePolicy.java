package org.observa.api.http.conditional;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What HTTP caches may do with the API's answers. A public read (no credentials) may be kept by any cache,
 * a CDN or a reverse proxy included, for {@code observa.http.cache.max-age} seconds, then served while it is
 * revalidated (its ETag makes that a cheap 304); an answer to a caller with a key is for that caller only;
 * writes, errors, exports (streamed, without a validator) and the change feed are never stored. An answer that set its own
 * Cache-Control (the one showing a new key's token) keeps it.
 */
@ApplicationScoped
public class CachePolicy {

    /** A follower must see a change as soon as it is visible, not a page a cache kept. */
    private static final String CHANGE_FEED = "/v1/changes";

    private final String publicRead;

    public CachePolicy(@ConfigProperty(name = "observa.http.cache.max-age", defaultValue = "5") int maxAge,
                       @ConfigProperty(name = "observa.http.cache.stale-while-revalidate", defaultValue = "30")
                       int staleWhileRevalidate) {
        this.publicRead = "public, max-age=" + maxAge + ", stale-while-revalidate=" + staleWhileRevalidate;
    }

    void install(@Observes Router router) {
        router.route("/v1/*").order(Integer.MIN_VALUE + 5).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> decide(context.request(), context.response()));
        context.next();
    }

    private void decide(HttpServerRequest request, HttpServerResponse response) {
        if (response.headers().contains(HttpHeaders.CACHE_CONTROL)) {
            return;
        }
        boolean read = request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD;
        int status = response.getStatusCode();
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String policy;
        if (!read || (status != 200 && status != 304) || request.path().startsWith("/v1/exports/")
                || request.path().startsWith(CHANGE_FEED)) {
            policy = "no-store";
        } else if (authorization != null && !authorization.isBlank()) {
            policy = "private, no-cache";
        } else {
            policy = publicRead;
        }
        response.putHeader(HttpHeaders.CACHE_CONTROL, policy);
    }
}
