package org.observa.api.logging;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * One line per request (logger {@code org.observa.access}): method, route template, status, duration and the
 * caller (an API key's id or an identity provider's user, never a credential). The same values are in the
 * log record's MDC, so that JSON logs (QUARKUS_LOG_CONSOLE_JSON_ENABLED=true) carry them as fields.
 */
@ApplicationScoped
public class AccessLog {

    /** Where the REST layer notes the matched route template and the caller for this log. */
    public static final String ROUTE = "observa.route";
    public static final String CALLER = "observa.caller";

    private static final Logger LOG = Logger.getLogger("org.observa.access");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 4).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        long started = System.nanoTime();
        context.addEndHandler(ended -> log(context, started));
        context.next();
    }

    private static void log(RoutingContext context, long started) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String route = context.get(ROUTE);
        String method = context.request().method().name();
        String path = route != null ? route : context.request().path();
        int status = context.response().getStatusCode();
        long tenthsOfMillis = Math.round((System.nanoTime() - started) / (double) TimeUnit.MICROSECONDS.toNanos(100));
        String caller = context.get(CALLER);
        MDC.put("method", method);
        MDC.put("route", path);
        MDC.put("status", status);
        MDC.put("durationMs", tenthsOfMillis / 10.0);
        if (caller != null) {
            MDC.put("caller", caller);
        }
        try {
            // Built by hand: a format string (java.util.Formatter, %.1f above all) cost a few per cent of a simple read.
            StringBuilder line = new StringBuilder(96).append(method).append(' ').append(path).append(' ').append(status)
                    .append(' ').append(tenthsOfMillis / 10).append('.').append(tenthsOfMillis % 10).append(" ms");
            if (caller != null) {
                line.append(" caller=").append(caller);
            }
            LOG.info(line);
        } finally {
            MDC.remove("method");
            MDC.remove("route");
            MDC.remove("status");
            MDC.remove("durationMs");
            MDC.remove("caller");
        }
    }
}
