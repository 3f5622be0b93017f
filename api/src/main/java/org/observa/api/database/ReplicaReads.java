package org.observa.api.database;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Marks the requests that may read from the read replica: anonymous reads, the dashboards' polling and most of
 * the traffic. The rest stays on the primary: writes; a key's reads, so that it sees its own writes at once;
 * and the change feed, whose gap-free promise rests on the primary's view of the transactions in flight.
 * The mark is set before the request's persistence context opens, which is when its database is chosen.
 */
@ApplicationScoped
public class ReplicaReads {

    static final String MAY_USE_REPLICA = "observa.may-use-replica";
    private static final String CHANGE_FEED = "/v1/changes";

    private final ReadReplica replica;

    public ReplicaReads(ReadReplica replica) {
        this.replica = replica;
    }

    void install(@Observes Router router) {
        if (replica.isConfigured()) {
            router.route().order(Integer.MIN_VALUE + 1).handler(this::mark);
        }
    }

    /** Whether the request being served was marked; false outside requests (start-up, background work). */
    static boolean isMarked() {
        return VertxContext.isOnDuplicatedContext() && ContextLocals.get(MAY_USE_REPLICA).isPresent();
    }

    private void mark(RoutingContext context) {
        if (isAnonymousRead(context.request())) {
            ContextLocals.put(MAY_USE_REPLICA, Boolean.TRUE);
        }
        context.next();
    }

    static boolean isAnonymousRead(HttpServerRequest request) {
        HttpMethod method = request.method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return false;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return (authorization == null || authorization.isBlank()) && !request.path().startsWith(CHANGE_FEED);
    }
}
