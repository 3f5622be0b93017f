package org.observa.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The methods each path supports, read from the served contract, for the Allow header that RFC 9110
 * requires on a 405 answer.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final Map<Pattern, String> allowedByPath = new LinkedHashMap<>();

    public AllowedMethods() {
        try (InputStream contract = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("META-INF/openapi.yaml")) {
            JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(contract).path("paths");
            Iterator<Map.Entry<String, JsonNode>> entries = paths.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> path = entries.next();
                List<String> allowed = new ArrayList<>();
                for (String method : METHODS) {
                    if (path.getValue().has(method)) {
                        allowed.add(method.toUpperCase(Locale.ROOT));
                    }
                }
                if (allowed.contains("GET")) {
                    allowed.add("HEAD");
                }
                allowed.add("OPTIONS");
                allowedByPath.put(template(path.getKey()), String.join(", ", allowed));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The contract META-INF/openapi.yaml cannot be read", e);
        }
    }

    /** The Allow header value for a request path, or null when the contract has no such path. */
    public String forPath(String path) {
        return allowedByPath.entrySet().stream().filter(e -> e.getKey().matcher(path).matches())
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static Pattern template(String path) {
        return Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
    }
}
