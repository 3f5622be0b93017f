package org.observa.api.http.contract;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the served contract says about each path — the methods it supports and the media types each
 * operation accepts — so that a 405 or a 415 can tell the client what would have worked.
 */
@ApplicationScoped
public class ContractPaths {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final Map<Pattern, JsonNode> operationsByPath = new LinkedHashMap<>();
    private final Map<Pattern, String> templatesByPattern = new LinkedHashMap<>();

    public ContractPaths(ContractFile contract) {
        Iterator<Map.Entry<String, JsonNode>> paths = contract.tree().path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Pattern pattern = template(path.getKey());
            operationsByPath.put(pattern, path.getValue());
            templatesByPattern.put(pattern, path.getKey());
        }
    }

    /** The value of an Allow header for a request path; null when the contract has no such path. */
    public String allowedMethods(String path) {
        return operations(path).map(operations -> {
            List<String> allowed = new ArrayList<>();
            METHODS.stream().filter(operations::has).forEach(m -> allowed.add(m.toUpperCase(Locale.ROOT)));
            if (allowed.contains("GET")) {
                allowed.add("HEAD");
            }
            allowed.add("OPTIONS");
            return String.join(", ", allowed);
        }).orElse(null);
    }

    /** The request media types the operation at this path and method accepts, comma-separated; null if unknown. */
    public String acceptedMediaTypes(String path, String method) {
        return operations(path)
                .map(operations -> operations.path(method.toLowerCase(Locale.ROOT)).path("requestBody").path("content"))
                .filter(JsonNode::isObject)
                .map(content -> {
                    List<String> types = new ArrayList<>();
                    content.fieldNames().forEachRemaining(types::add);
                    return String.join(", ", types);
                })
                .orElse(null);
    }

    /** The contract's path template a request path falls under ({@code /v1/divisions/{divisionId}}), if any. */
    public Optional<String> template(String path, boolean exact) {
        if (exact && templatesByPattern.containsValue(path)) {
            return Optional.of(path);
        }
        return templatesByPattern.entrySet().stream().filter(e -> e.getKey().matcher(path).matches())
                .map(Map.Entry::getValue).findFirst();
    }

    private Optional<JsonNode> operations(String path) {
        return operationsByPath.entrySet().stream().filter(e -> e.getKey().matcher(path).matches())
                .map(Map.Entry::getValue).findFirst();
    }

    private static Pattern template(String path) {
        return Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
    }
}
