package org.observa.api.http.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.observa.api.http.problem.ProblemType;
import org.observa.api.http.problem.Problems;

/**
 * Over-long URLs (414) and header sections (431) answered as problem documents. The HTTP server itself
 * (quarkus.http.limits.max-initial-line-length and max-header-size) can only answer those with a bare
 * status line or close the connection, so its limits are set well above these, as a last guard.
 */
@ApplicationScoped
public class RequestSizeLimits {

    private final int maxUrlBytes;
    private final int maxHeaderBytes;
    private final ObjectMapper json;

    public RequestSizeLimits(@ConfigProperty(name = "observa.http.max-url-bytes", defaultValue = "8192") int maxUrlBytes,
                             @ConfigProperty(name = "observa.http.max-header-bytes", defaultValue = "16384") int maxHeaderBytes,
                             ObjectMapper json) {
        this.maxUrlBytes = maxUrlBytes;
        this.maxHeaderBytes = maxHeaderBytes;
        this.json = json;
    }

    void install(@Observes Router router) {
        // Before every other route, CORS and the REST endpoints included.
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > maxUrlBytes) {
            refuse(context, ProblemType.URI_TOO_LONG, "The URL is " + request.uri().length()
                    + " characters long; this service takes at most " + maxUrlBytes + ". Narrow the request, or split it.");
            return;
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderBytes) {
            refuse(context, ProblemType.HEADERS_TOO_LARGE, "The request's headers take " + headerBytes
                    + " bytes; this service takes at most " + maxHeaderBytes + ".");
            return;
        }
        context.next();
    }

    private void refuse(RoutingContext context, ProblemType type, String detail) {
        String path = context.request().path();
        String instance = path == null || path.length() > 200 ? null : path;
        try {
            context.response().setStatusCode(type.status())
                    .putHeader("Content-Type", Problems.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(json.writeValueAsString(Problems.problem(type, detail, instance)));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
