package org.observa.api.http.contract;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.observa.api.http.conditional.EntityTags;

/**
 * Serves the committed contract at /q/openapi exactly as it is in the repository: the YAML byte for byte
 * (quarkus-smallrye-openapi would parse and write it again, which loses the quotes of values such as
 * '15:00' that YAML 1.1 readers then take for numbers or times), or the same document as JSON with
 * {@code ?format=json} or {@code Accept: application/json}. Both are compressed when the client accepts
 * gzip and carry an ETag.
 */
@ApplicationScoped
public class ContractDocument {

    static final String PATH = "/q/openapi";
    private static final String YAML = "application/yaml; charset=UTF-8";
    private static final String JSON = "application/json; charset=UTF-8";

    private final Buffer yaml;
    private final Buffer json;
    private final String yamlTag;
    private final String jsonTag;

    public ContractDocument(ContractFile contract) {
        byte[] bytes = contract.bytes();
        byte[] asJson = contract.json();
        this.yaml = Buffer.buffer(bytes);
        this.json = Buffer.buffer(asJson);
        this.yamlTag = EntityTags.of(bytes);
        this.jsonTag = EntityTags.of(asJson);
    }

    void install(@Observes Router router) {
        router.route(PATH).order(Integer.MIN_VALUE + 3).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        if (context.request().method() != HttpMethod.GET && context.request().method() != HttpMethod.HEAD) {
            context.next();
            return;
        }
        boolean asJson = "json".equalsIgnoreCase(context.request().getParam("format"))
                || context.request().getParam("format") == null && prefersJson(context.request().getHeader(HttpHeaders.ACCEPT));
        String tag = asJson ? jsonTag : yamlTag;
        context.response().putHeader(HttpHeaders.ETAG, tag).putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (EntityTags.noneMatchHits(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
            context.response().setStatusCode(304).end();
            return;
        }
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, asJson ? JSON : YAML);
        if (context.request().method() == HttpMethod.HEAD) {
            context.response().putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString((asJson ? json : yaml).length())).end();
        } else {
            context.response().end(asJson ? json : yaml);
        }
    }

    private static boolean prefersJson(String accept) {
        return accept != null && accept.contains("json") && !accept.contains("yaml");
    }
}
