package org.observa.api.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract is the product: served as committed, and complete for a newcomer reading it. */
@QuarkusTest
class ContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    private static JsonNode committed() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile());
    }

    @Test
    void theServerServesTheCommittedContractByteForByte() throws IOException {
        byte[] served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .contentType(startsWith("application/yaml")).extract().asByteArray();
        assertThat(served).isEqualTo(Files.readAllBytes(Path.of("..", "openapi.yaml")));
    }

    @Test
    void theContractAlsoComesAsCompressedJson() throws IOException {
        var answer = given().header("Accept-Encoding", "gzip").queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).contentType(startsWith("application/json")).header("Content-Encoding", "gzip")
                .header("ETag", org.hamcrest.Matchers.notNullValue()).extract();
        assertThat(new ObjectMapper().readTree(answer.asString())).isEqualTo(committed());
        given().header("If-None-Match", answer.header("ETag")).queryParam("format", "json").get("/q/openapi").then()
                .statusCode(304);
    }

    @Test
    void swaggerUiLoads() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void everyOperationIsDocumentedForANewcomer() throws IOException {
        List<String> gaps = new ArrayList<>();
        committed().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            JsonNode operation = op.getValue();
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            for (String field : List.of("operationId", "summary", "description")) {
                if (operation.path(field).asText().isBlank()) {
                    gaps.add(where + " has no " + field);
                }
            }
            if (operation.path("tags").size() != 1) {
                gaps.add(where + " must have exactly one tag");
            }
            if (!operation.path("responses").has("default")) {
                gaps.add(where + " has no default problem response");
            }
            JsonNode body = operation.path("requestBody").path("content");
            body.fields().forEachRemaining(media -> {
                if (!media.getValue().has("examples") && !media.getValue().has("example")) {
                    gaps.add(where + " has no request example for " + media.getKey());
                }
            });
            operation.path("responses").fields().forEachRemaining(response -> {
                if (response.getValue().has("$ref") || !response.getKey().startsWith("2")) {
                    return;
                }
                response.getValue().path("content").fields().forEachRemaining(media -> {
                    if (!media.getValue().has("examples") && !media.getValue().has("example")) {
                        gaps.add(where + " " + response.getKey() + " has no example for " + media.getKey());
                    }
                });
            });
        }));
        assertThat(gaps).isEmpty();
    }

    @Test
    void everySchemaPropertyIsDescribedAndEveryIntegerHasAFormat() throws IOException {
        List<String> gaps = new ArrayList<>();
        committed().path("components").path("schemas").fields().forEachRemaining(schema -> {
            if (schema.getValue().path("description").asText().isBlank()) {
                gaps.add(schema.getKey() + " has no description");
            }
            schema.getValue().path("properties").fields().forEachRemaining(property -> {
                JsonNode value = property.getValue();
                String where = schema.getKey() + "." + property.getKey();
                if (!value.has("$ref") && value.path("description").asText().isBlank()) {
                    gaps.add(where + " has no description");
                }
                if ("integer".equals(value.path("type").asText()) && !value.has("format")) {
                    gaps.add(where + " is an integer without a format");
                }
            });
        });
        assertThat(gaps).isEmpty();
    }

    @Test
    void everyWriteDeclaresTheKeyItNeedsAndTheAnswersWithoutOne() throws IOException {
        List<String> gaps = new ArrayList<>();
        committed().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!Set.of("post", "put", "patch", "delete").contains(op.getKey())) {
                return;
            }
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            if (!op.getValue().path("security").toString().contains("apiKey")) {
                gaps.add(where + " does not declare the apiKey security scheme");
            }
            for (String status : List.of("401", "403")) {
                if (!op.getValue().path("responses").has(status)) {
                    gaps.add(where + " does not list " + status);
                }
            }
        }));
        assertThat(gaps).isEmpty();
    }

    @Test
    void everyOperationStatesItsSecurityAndWhatTheServerRequires() throws IOException {
        JsonNode contract = committed();
        List<String> gaps = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            JsonNode operation = op.getValue();
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            if (!operation.has("security")) {
                gaps.add(where + " does not declare its security (security: [] for a public operation)");
            }
            List<JsonNode> parameters = new ArrayList<>();
            path.getValue().path("parameters").forEach(p -> parameters.add(resolve(contract, p)));
            operation.path("parameters").forEach(p -> parameters.add(resolve(contract, p)));
            boolean ifMatchRequired = parameters.stream().anyMatch(p -> p.path("name").asText().equals("If-Match")
                    && p.path("required").asBoolean());
            // A results upload may create the first table without If-Match: there a 428 follows only a replace.
            boolean createsOrReplaces = op.getKey().equals("put");
            if (operation.path("responses").has("428") && !ifMatchRequired && !createsOrReplaces) {
                gaps.add(where + " can answer 428 but does not require If-Match");
            }
            for (JsonNode parameter : parameters) {
                JsonNode schema = parameter.path("schema");
                boolean example = parameter.has("example") || parameter.has("examples") || schema.has("example");
                // Swagger UI fills examples in: an optional filter with one makes the first "Try it out" come back empty.
                if (!parameter.path("required").asBoolean() && example) {
                    gaps.add(where + " has an example for its optional parameter " + parameter.path("name").asText());
                }
            }
        }));
        assertThat(gaps).isEmpty();
    }

    @Test
    void everyImportRowHasTheSamePropertiesAsTheCreateBodyOfItsKind() throws IOException {
        JsonNode schemas = committed().path("components").path("schemas");
        List<String> drift = new ArrayList<>();
        schemas.fields().forEachRemaining(schema -> {
            if (!schema.getKey().endsWith("ImportRow")) {
                return;
            }
            String kind = schema.getKey().substring(0, schema.getKey().length() - "ImportRow".length());
            JsonNode create = schemas.has(kind + "Create") ? schemas.path(kind + "Create") : schemas.path(kind + "Upload");
            if (create.isMissingNode()) {
                drift.add(schema.getKey() + " has no create body to follow");
                return;
            }
            create.path("properties").fields().forEachRemaining(property -> {
                // A row that matches a record merges into it: its texts are patches of the create body's texts.
                String asPatch = property.getValue().toString().replace("/LocalizedText\"", "/LocalizedTextPatch\"")
                        .replace("/OptionalLocalizedText\"", "/LocalizedTextPatch\"");
                if (!asPatch.equals(schema.getValue().path("properties").path(property.getKey()).toString())) {
                    drift.add(schema.getKey() + "." + property.getKey() + " differs from its create body's");
                }
            });
        });
        assertThat(drift).isEmpty();
    }

    private static JsonNode resolve(JsonNode contract, JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = contract.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }

    @Test
    void everyProblemTypeTheServerUsesIsDocumented() throws IOException {
        String documented = committed().path("components").path("schemas").path("Problem").path("description").asText();
        for (var type : org.observa.api.http.problem.ProblemType.values()) {
            assertThat(documented).as("Problem type %s", type.uri()).contains("`" + type.uri() + "`");
        }
    }

    @Test
    void everyOperationListsOnlyStatusesTheStyleGuideAllows() throws IOException {
        // The style guide's list, and 406: every status the server can send is listed, and it sends 406 for an
        // Accept no operation's answer matches.
        Set<String> allowed = Set.of("200", "201", "204", "304", "400", "401", "403", "404", "405", "406", "409", "412",
                "413", "415", "428", "429", "500", "503", "default");
        List<String> others = new ArrayList<>();
        committed().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                op.getValue().path("responses").fieldNames().forEachRemaining(status -> {
                    if (!allowed.contains(status)) {
                        others.add(op.getKey() + " " + path.getKey() + " " + status);
                    }
                });
            }
        }));
        assertThat(others).isEmpty();
    }
}
