package org.observa.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.observa.api.support.ApiTest;
import org.observa.api.support.ContractValidationFilter;
import org.observa.api.support.IsolatedData;

/**
 * Walks openapi.yaml and sends every operation hostile values in each parameter and each body field
 * (the NUL character, a lone UTF-16 surrogate, dates outside the contract and outside the database's
 * range, wrong types, huge numbers, empty objects...), built from the operation's own examples. No answer
 * may be a 5xx, every error must be a problem document, every answer must match the contract, and a request
 * the server accepts must be one the contract allows. An operation added to the contract is covered without
 * anyone remembering to.
 */
@QuarkusTest
@TestProfile(IsolatedData.class) // accepted hostile values are stored: no other test may see them
class ContractRobustnessTest {

    private static final Path CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();
    private static final OpenApiInteractionValidator VALIDATOR = ContractValidationFilter.VALIDATOR;
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> METHODS = List.of("get", "post", "patch", "put", "delete");
    private static final String LONG_TEXT = "x".repeat(5000);

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private JsonNode contract;

    @TestFactory
    Stream<DynamicTest> noOperationAnswersA5xxOrANonProblemError() throws IOException {
        contract = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
        List<Operation> operations = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                operations.add(new Operation(path.getKey(), op.getKey().toUpperCase(Locale.ROOT),
                        path.getValue(), op.getValue()));
            }
        }));
        // Deletes last: a hostile request that wrongly succeeded must not take the others' records away.
        operations.sort(Comparator.comparing(op -> op.method().equals("DELETE")));
        return operations.stream().map(op -> DynamicTest.dynamicTest(op.method() + " " + op.path(), () -> walk(op)));
    }

    private record Operation(String path, String method, JsonNode pathItem, JsonNode operation) {
    }

    /** {@code nullValue}: the hostile value is JSON null, which the contract's conventions let mean "left out". */
    private record Exchange(String method, String pathAndQuery, Map<String, String> headers, byte[] body,
                            String description, boolean nullValue) {
    }

    private void walk(Operation op) throws Exception {
        List<String> failures = new ArrayList<>();
        for (Exchange exchange : exchanges(op)) {
            check(op, exchange, failures);
        }
        assertThat(failures).as("hostile requests to " + op.method() + " " + op.path()).isEmpty();
    }

    // --- The requests -------------------------------------------------------------------------------------

    private List<Exchange> exchanges(Operation op) {
        List<JsonNode> parameters = new ArrayList<>();
        op.pathItem().path("parameters").forEach(p -> parameters.add(resolve(p)));
        op.operation().path("parameters").forEach(p -> parameters.add(resolve(p)));
        JsonNode content = resolve(op.operation().path("requestBody")).path("content");

        List<Exchange> exchanges = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> mediaTypes = content.fields();
        List<String> bodyTypes = new ArrayList<>();
        mediaTypes.forEachRemaining(media -> bodyTypes.add(media.getKey()));
        String mediaType = bodyTypes.isEmpty() ? null : bodyTypes.get(0);
        byte[] body = mediaType == null ? null : exampleBody(content.path(mediaType), mediaType);

        Variant base = new Variant(op, parameters, mediaType, body, false);
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            for (String hostile : hostileParameterValues(parameter)) {
                exchanges.add(base.with(parameter, hostile).exchange("parameter " + name + "=" + printable(hostile)));
            }
        }
        if (mediaType != null && mediaType.contains("json")) {
            JsonNode example = readJson(body);
            walkNodes(example, "", (pointer) -> {
                for (JsonNode hostile : hostileValues(example.at(pointer.isEmpty() ? "" : pointer))) {
                    JsonNode changed = replace(example, pointer, hostile);
                    exchanges.add(base.withBody(json(changed))
                            .exchange("body " + pointer + " = " + printable(hostile.toString()), hostile.isNull()));
                }
            });
            for (String whole : List.of("{}", "[]", "null", "\"x\"", "{\"notAProperty\": 1}", "{\"a\":", "\u0000")) {
                exchanges.add(base.withBody(whole.getBytes(StandardCharsets.UTF_8)).exchange("body " + printable(whole)));
            }
            exchanges.add(base.withBody(json(everyTextReplaced(example, "a\u0000b"))).exchange("body with NUL in every text"));
        }
        if (mediaType != null && mediaType.equals("text/csv")) {
            String csv = new String(body, StandardCharsets.UTF_8);
            String header = csv.substring(0, csv.indexOf('\n') + 1);
            for (String row : List.of("\u0000,9001,1,,\n", "2039424d-7aa5-4365-814f-0e3f79595d25,9003,99999999999999999999,,\n",
                    "2039424d-7aa5-4365-814f-0e3f79595d25,9004,1,1e400,1e400\n", "\"unterminated,9005\n",
                    "2039424d-7aa5-4365-814f-0e3f79595d25,9006,1,,,,,,,,,,,,,,\n", "a\u0000b,\uD800,x,y,z\n")) {
                exchanges.add(base.withBody((header + row).getBytes(StandardCharsets.UTF_8)).exchange("CSV row " + printable(row)));
            }
            exchanges.add(base.withBody(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'}).exchange("CSV of invalid UTF-8"));
        }
        if (mediaType != null) {
            exchanges.add(base.withoutContentType().exchange("body without Content-Type"));
        }
        return exchanges;
    }

    /** A request built from the operation's examples, with one thing made hostile. */
    private final class Variant {
        private final Operation op;
        private final List<JsonNode> parameters;
        private final Map<String, String> values = new LinkedHashMap<>();
        private final String mediaType;
        private final byte[] body;
        private final boolean noContentType;

        Variant(Operation op, List<JsonNode> parameters, String mediaType, byte[] body, boolean noContentType) {
            this.op = op;
            this.parameters = parameters;
            this.mediaType = mediaType;
            this.body = body;
            this.noContentType = noContentType;
            for (JsonNode parameter : parameters) {
                String in = parameter.path("in").asText();
                boolean required = parameter.path("required").asBoolean(false);
                String example = example(parameter);
                if (example != null && (required || in.equals("path"))) {
                    values.put(in + ":" + parameter.path("name").asText(), example);
                }
            }
            if (List.of("PATCH", "DELETE").contains(op.method())) {
                values.put("header:If-Match", "*");
            }
            if ("text/csv".equals(mediaType)) {
                // A CSV import names its election in the query; optional parameters carry no example to take it from.
                values.put("query:electionId", "kh-na-2023-07-23");
            }
        }

        private Variant(Variant from, byte[] body, boolean noContentType) {
            this(from.op, from.parameters, from.mediaType, body, noContentType);
            values.clear();
            values.putAll(from.values);
        }

        Variant with(JsonNode parameter, String value) {
            Variant changed = new Variant(this, body, noContentType);
            changed.values.put(parameter.path("in").asText() + ":" + parameter.path("name").asText(), value);
            return changed;
        }

        Variant withBody(byte[] newBody) {
            return new Variant(this, newBody, noContentType);
        }

        Variant withoutContentType() {
            return new Variant(this, body, true);
        }

        Exchange exchange(String description) {
            return exchange(description, false);
        }

        Exchange exchange(String description, boolean nullValue) {
            String path = op.path();
            StringBuilder query = new StringBuilder();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Authorization", "Bearer " + ApiTest.ADMIN_KEY);
            for (Map.Entry<String, String> value : values.entrySet()) {
                String in = value.getKey().substring(0, value.getKey().indexOf(':'));
                String name = value.getKey().substring(in.length() + 1);
                switch (in) {
                    case "path" -> path = path.replace("{" + name + "}", encode(value.getValue()));
                    case "query" -> query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(encode(value.getValue()));
                    case "header" -> headers.put(name, value.getValue());
                    default -> {
                    }
                }
            }
            if (mediaType != null && body != null && !noContentType) {
                headers.put("Content-Type", mediaType);
            }
            return new Exchange(op.method(), path + query, headers, body, description, nullValue);
        }
    }

    // --- Hostile values -------------------------------------------------------------------------------------

    private List<String> hostileParameterValues(JsonNode parameter) {
        JsonNode schema = resolve(parameter.path("schema"));
        String name = parameter.path("name").asText();
        if (name.equals("If-Match")) {
            return List.of("*, \"x\"", "\"unterminated", "W/\"weak\"", "x", "\"\"");
        }
        if (name.equals("If-None-Match")) {
            return List.of("*", "garbage", "\"a\", W/");
        }
        List<String> values = new ArrayList<>(List.of("a\u0000b", "\uD800", LONG_TEXT, ""));
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        if (format.equals("date")) {
            values.addAll(List.of("+9999999-01-01", "2023-02-30", "2023-7-3", "2023-07-23T00:00:00Z", "-0001-01-01",
                    "0000-01-01", "9999-12-31"));
        } else if (format.equals("date-time")) {
            values.addAll(List.of("+999999999-01-01T00:00:00Z", "2023-07-23T07:00:00", "2023-07-23",
                    "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2023-07-23T25:00:00Z"));
        } else if (type.equals("integer")) {
            values.addAll(List.of("99999999999999999999", "-2147483649", "1.5", "1e3", "-1", "0"));
        } else if (type.equals("number")) {
            values.addAll(List.of("1e400", "NaN", "Infinity", "-1e400"));
        } else if (type.equals("boolean")) {
            values.addAll(List.of("yes", "TRUE"));
        } else if (schema.has("enum")) {
            values.addAll(List.of("NOT_A_VALUE", schema.path("enum").get(0).asText().toLowerCase(Locale.ROOT)));
        }
        String example = example(parameter);
        if (example != null && example.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            values.addAll(List.of("00000000-0000-0000-0000-000000000000", "not-a-uuid"));
        }
        return values;
    }

    private static List<JsonNode> hostileValues(JsonNode example) {
        List<JsonNode> values = new ArrayList<>(List.of(NODES.nullNode(), NODES.objectNode(), NODES.arrayNode(),
                NODES.booleanNode(true), NODES.numberNode(new BigInteger("99999999999999999999")),
                NODES.numberNode(new BigDecimal("1e400")), NODES.numberNode(-1), NODES.numberNode(1.5),
                NODES.textNode("a\u0000b"), NODES.textNode("\uD800"), NODES.textNode(LONG_TEXT), NODES.textNode("")));
        String text = example.isTextual() ? example.asText() : "";
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            values.addAll(List.of(NODES.textNode("+300000-01-01"), NODES.arrayNode().add(2023).add(7).add(23),
                    NODES.textNode("2023-01-01T00:00:00Z"), NODES.textNode("2023-02-30"), NODES.textNode("0000-01-01")));
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            values.addAll(List.of(NODES.textNode("+300000-01-01T00:00:00Z"), NODES.textNode("2023-07-23T07:00:00"),
                    NODES.textNode("9999-12-31T23:59:59-14:00"), NODES.textNode("0001-01-01T00:00:00+14:00")));
        }
        if (example.isArray()) {
            values.addAll(List.of(NODES.arrayNode().addNull(), NODES.arrayNode().add("a\u0000b")));
        }
        return values;
    }

    // --- Checking the answer --------------------------------------------------------------------------------

    private void check(Operation op, Exchange exchange, List<String> failures) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + exchange.pathAndQuery()))
                .timeout(Duration.ofSeconds(60))
                .method(exchange.method(), exchange.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(exchange.body()));
        exchange.headers().forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String what = exchange.description() + " -> " + response.statusCode();
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            failures.add(what + ": a server error for a client's input: " + abbreviated(response.body()));
            return;
        }
        if (status >= 400) {
            if (!contentType.startsWith("application/problem+json")) {
                failures.add(what + ": an error that is not a problem document (" + contentType + "): " + abbreviated(response.body()));
                return;
            }
            JsonNode problem = JSON.readTree(response.body());
            if (!problem.path("type").isTextual() || !problem.path("title").isTextual() || problem.path("status").asInt() != status) {
                failures.add(what + ": an incomplete problem document: " + abbreviated(response.body()));
            }
        }
        String rawPath = URI.create("http://x" + exchange.pathAndQuery()).getRawPath();
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(status).withBody(response.body());
        response.headers().map().forEach((name, values) -> answer.withHeader(name, values));
        ValidationReport report = VALIDATOR.validateResponse(rawPath, Request.Method.valueOf(exchange.method()), answer.build());
        if (isOutsideTheContract(report)) {
            // An empty path parameter makes a URL the contract has no operation for; its answer is a problem (checked above).
            return;
        }
        if (status < 300 && !exchange.nullValue()) {
            SimpleRequest.Builder sent = new SimpleRequest.Builder(exchange.method(), rawPath);
            exchange.headers().forEach(sent::withHeader);
            String query = URI.create("http://x" + exchange.pathAndQuery()).getRawQuery();
            if (query != null) {
                for (String pair : query.split("&")) {
                    String[] parts = pair.split("=", 2);
                    sent.withQueryParam(parts[0], java.net.URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
                }
            }
            if (exchange.body() != null) {
                sent.withBody(new String(exchange.body(), StandardCharsets.UTF_8));
            }
            ValidationReport accepted = VALIDATOR.validateRequest(sent.build());
            if (accepted.hasErrors()) {
                failures.add(what + ": the server accepted a request the contract forbids: " + accepted.getMessages());
            }
        }
        if (report.hasErrors()) {
            failures.add(what + ": the answer breaks the contract: " + report.getMessages() + " " + abbreviated(response.body()));
        }
    }

    private static boolean isOutsideTheContract(ValidationReport report) {
        return !report.getMessages().isEmpty() && report.getMessages().stream().allMatch(m ->
                m.getKey().equals("validation.request.path.missing")
                        || m.getKey().equals("validation.request.operation.notAllowed"));
    }

    // --- Contract and JSON helpers --------------------------------------------------------------------------

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = contract.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }

    private String example(JsonNode parameter) {
        JsonNode schema = resolve(parameter.path("schema"));
        for (JsonNode candidate : List.of(parameter.path("example"), schema.path("example"))) {
            if (!candidate.isMissingNode()) {
                return candidate.asText();
            }
        }
        Iterator<JsonNode> examples = parameter.path("examples").elements();
        if (examples.hasNext()) {
            return resolve(examples.next()).path("value").asText();
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asText();
        }
        return null;
    }

    private byte[] exampleBody(JsonNode media, String mediaType) {
        JsonNode example = media.has("example") ? media.path("example")
                : resolve(media.path("examples").elements().next()).path("value");
        return mediaType.contains("json") ? json(example) : example.asText().getBytes(StandardCharsets.UTF_8);
    }

    private static void walkNodes(JsonNode node, String pointer, Consumer<String> visit) {
        if (!pointer.isEmpty()) {
            visit.accept(pointer);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> walkNodes(field.getValue(),
                    pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), visit));
        } else if (node.isArray() && !node.isEmpty()) {
            walkNodes(node.get(0), pointer + "/0", visit);
        }
    }

    private static JsonNode replace(JsonNode root, String pointer, JsonNode value) {
        JsonNode copy = root.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return copy;
    }

    private static JsonNode everyTextReplaced(JsonNode node, String text) {
        if (node.isTextual()) {
            return NODES.textNode(text);
        }
        JsonNode copy = node.deepCopy();
        if (copy instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> object.set(name, everyTextReplaced(node.get(name), text)));
        } else if (copy instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, everyTextReplaced(node.get(i), text));
            }
        }
        return copy;
    }

    private static byte[] json(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readJson(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Percent-encodes a parameter value; a lone surrogate becomes the bytes a careless client would send for it. */
    private static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1)))) {
                encoded.append(String.format("%%%02X%%%02X%%%02X", 0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)));
            } else {
                int end = Character.isHighSurrogate(c) ? i + 2 : i + 1;
                for (byte b : value.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    encoded.append(String.format("%%%02X", b & 0xFF));
                }
                i = end - 1;
            }
        }
        return encoded.toString();
    }

    private static String printable(String value) {
        String shown = value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + " chars)" : value;
        return shown.replace("\u0000", "\\u0000").replace("\uD800", "\\uD800");
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
