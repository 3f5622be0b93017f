package org.observa.api.http.paging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.observa.api.bulk.CsvColumns;
import org.observa.api.bulk.Exports;
import org.observa.api.http.conditional.EntityTags;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/**
 * Cursor pagination for every collection: reads {@code pageSize} and {@code pageToken}, and answers with
 * the page body, its {@code nextPageToken} and a {@code Link: <...>; rel="next"} header.
 */
@ApplicationScoped
public class Paging {

    static final String PAGE_TOKEN = "pageToken";
    static final String PAGE_SIZE = "pageSize";

    private final HttpServerRequest request;
    private final PageTokens tokens;
    private final ObjectMapper json;

    public Paging(HttpServerRequest request, ObjectMapper json) {
        this.request = request;
        this.tokens = new PageTokens(json);
        this.json = json;
    }

    /** The page the client asked for; pageSize has been range-checked against the contract already. */
    public PageRequest request(Integer pageSize, String pageToken) {
        int size = pageSize == null ? PageRequest.DEFAULT_SIZE : pageSize;
        if (pageToken == null || pageToken.isEmpty()) {
            return PageRequest.first(size);
        }
        return new PageRequest(size, tokens.decode(pageToken, filterFingerprint()));
    }

    /**
     * 200 with one page: {@code body} builds the generated page DTO from the items and the next token
     * (null on the last page). Like a single resource, a page has an ETag; a client polling with
     * If-None-Match gets 304 while the page is unchanged.
     */
    public <T, D> Response ok(Page<T> page, Function<T, D> toDto, BiFunction<List<D>, String, Object> body) {
        String next = nextToken(page);
        return tagged(bytes(body.apply(page.items().stream().map(toDto).toList(), next)), MediaType.APPLICATION_JSON, next);
    }

    /**
     * 200 with one page in a representation other than the JSON page, such as GeoJSON: {@code body} is
     * serialized as JSON under {@code mediaType}; the next page is only in the Link header.
     */
    public <T> Response okAs(Page<T> page, String mediaType, Object body) {
        return tagged(bytes(body), mediaType, nextToken(page));
    }

    /** 200 with one page as CSV: a header row and one row per item; the next page is only in the Link header. */
    public <T> Response csv(Page<T> page, CsvColumns<T> columns) {
        return tagged(columns.write(page.items(), json).getBytes(StandardCharsets.UTF_8), Exports.CSV + "; charset=UTF-8",
                nextToken(page));
    }

    private Response tagged(byte[] body, String mediaType, String next) {
        String tag = EntityTags.of(body);
        if (EntityTags.noneMatchHits(request.getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
            return withNextLink(Response.notModified().header(HttpHeaders.ETAG, tag), next).build();
        }
        return withNextLink(Response.ok(body, mediaType).header(HttpHeaders.ETAG, tag), next).build();
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A page could not be serialized", e);
        }
    }

    private String nextToken(Page<?> page) {
        return page.hasNext() ? tokens.encode(page.next(), filterFingerprint()) : null;
    }

    private Response.ResponseBuilder withNextLink(Response.ResponseBuilder response, String nextToken) {
        return nextToken == null ? response : response.header("Link", "<" + nextPageLink(nextToken) + ">; rel=\"next\"");
    }

    // The filters, in a canonical order: what a page token must be replayed with.
    private String filterFingerprint() {
        StringBuilder canonical = new StringBuilder();
        filters().forEach((name, values) -> canonical.append(name).append('=').append(values).append('&'));
        return EntityTags.of(canonical.toString()).substring(1, 9);
    }

    private Map<String, List<String>> filters() {
        Map<String, List<String>> filters = new TreeMap<>();
        MultiMap params = request.params();
        for (String name : params.names()) {
            if (!name.equals(PAGE_TOKEN) && !name.equals(PAGE_SIZE)) {
                filters.put(name, params.getAll(name).stream().sorted().toList());
            }
        }
        return filters;
    }

    private String nextPageLink(String nextToken) {
        StringBuilder link = new StringBuilder(request.path()).append('?');
        MultiMap params = request.params();
        for (String name : params.names()) {
            if (!name.equals(PAGE_TOKEN)) {
                for (String value : params.getAll(name)) {
                    link.append(encode(name)).append('=').append(encode(value)).append('&');
                }
            }
        }
        return link.append(PAGE_TOKEN).append('=').append(nextToken).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
