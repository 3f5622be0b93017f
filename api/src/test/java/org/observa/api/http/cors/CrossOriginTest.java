package org.observa.api.http.cors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.observa.api.mission.MissionRequests;
import org.observa.api.support.ApiTest;

/**
 * Browsers send Origin, even on a same-origin write (Swagger UI's "Execute"), and dashboards read from other
 * origins: writes from the service's own pages work exactly as without Origin, reads from anywhere expose what
 * a script needs, and only configured origins may write from elsewhere.
 */
@QuarkusTest
class CrossOriginTest extends ApiTest {

    private static final String OTHER_ORIGIN = "https://dashboard.example";
    private static final String WRITE_ORIGIN = "https://partner-tool.example"; // observa.cors.write-origins of the tests
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    @TestHTTPResource("/")
    URL base;

    private String ownOrigin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    @Test
    void everyWriteOperationAnswersTheSameWithTheServicesOwnOrigin() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile());
        List<String> differences = new ArrayList<>();
        int writes = 0;
        for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) contract.path("paths")::fields) {
            for (var op : (Iterable<java.util.Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                if (!WRITES.contains(op.getKey())) {
                    continue;
                }
                writes++;
                String url = withExampleIds(contract, path.getKey(), path.getValue(), op.getValue());
                // A request the server refuses the same way each time (an empty body, a stale If-Match): only the
                // Origin header differs between the two.
                Response without = write(given(), op.getKey(), url, op.getValue());
                Response with = write(given().header("Origin", ownOrigin()), op.getKey(), url, op.getValue());
                if (with.statusCode() != without.statusCode()
                        || !ownOrigin().equals(with.header("Access-Control-Allow-Origin"))) {
                    differences.add(op.getKey().toUpperCase() + " " + url + ": " + without.statusCode() + " without Origin, "
                            + with.statusCode() + " with it, Access-Control-Allow-Origin " + with.header("Access-Control-Allow-Origin"));
                }
            }
        }
        assertThat(writes).isGreaterThanOrEqualTo(50);
        assertThat(differences).isEmpty();
    }

    private static Response write(RequestSpecification request, String method, String url, JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        if (content.has("application/merge-patch+json")) {
            request = request.contentType("application/merge-patch+json").body("{\"notAProperty\": 1}");
        } else if (content.has("application/json")) {
            request = request.contentType(ContentType.JSON).body("{}");
        }
        return request.header("If-Match", "\"stale\"").request(method.toUpperCase(), url);
    }

    private static String withExampleIds(JsonNode contract, String path, JsonNode pathItem, JsonNode operation) {
        String url = path;
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        for (JsonNode parameter : parameters) {
            JsonNode resolved = parameter.has("$ref") ? contract.at(parameter.path("$ref").asText().substring(1)) : parameter;
            if (resolved.path("in").asText().equals("path")) {
                String example = resolved.path("example").isMissingNode()
                        ? resolved.path("schema").path("example").asText() : resolved.path("example").asText();
                url = url.replace("{" + resolved.path("name").asText() + "}", example);
            }
        }
        return url;
    }

    @Test
    void aWriteFromTheServicesOwnOriginSucceeds() {
        given().header("Origin", ownOrigin()).contentType(ContentType.JSON)
                .body(MissionRequests.organization("Observers writing from Swagger UI")).post("/v1/organizations").then()
                .statusCode(201)
                .header("Access-Control-Allow-Origin", ownOrigin())
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void readsFromAnyOriginAreOpenAndExposeWhatAScriptNeeds() {
        given().header("Origin", OTHER_ORIGIN).get("/v1/exports/divisions").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("Observa-Change-Cursor"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Policy"));
    }

    @Test
    void aReadAnswersTheSameWithOrWithoutOriginSoACacheMayShareIt() {
        for (var request : List.of(given().header("Authorization", ""),
                given().header("Authorization", "").header("Origin", OTHER_ORIGIN))) {
            request.get("/v1/divisions/KH-6").then().statusCode(200)
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Access-Control-Expose-Headers", containsString("ETag"))
                    .header("Vary", not(containsString("Origin")));
        }
    }

    @Test
    void anotherOriginMayOnlyReadUnlessConfiguredToWrite() {
        given().header("Origin", OTHER_ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .options("/v1/organizations").then().statusCode(204)
                .header("Access-Control-Allow-Methods", not(containsString("POST")));
        given().header("Origin", WRITE_ORIGIN).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization, content-type, if-match")
                .options("/v1/organizations/0f27e151-fdb4-4944-8566-33f17cd5ae39").then().statusCode(204)
                .header("Access-Control-Allow-Origin", WRITE_ORIGIN)
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
        // A "simple" cross-origin POST skips the preflight; its page still cannot read the answer.
        given().header("Origin", OTHER_ORIGIN).contentType(ContentType.JSON)
                .body(MissionRequests.organization("Not from a write origin")).post("/v1/organizations").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void answersNameInVaryWhatTheyDependOn() {
        given().get("/v1/polling-stations?electionId=kh-na-2023-07-23").then().statusCode(200)
                .header("Vary", containsString("Accept"))
                .header("Vary", containsString("Accept-Encoding"));
    }

    @Test
    void aListPageHasAnETagAndIsNotSentAgainWhileUnchanged() {
        String etag = given().get("/v1/divisions?countryId=KH&pageSize=5").then().statusCode(200)
                .extract().header("ETag");
        assertThat(etag).startsWith("\"");
        given().header("If-None-Match", etag).get("/v1/divisions?countryId=KH&pageSize=5").then().statusCode(304)
                .header("ETag", equalTo(etag));
        given().header("If-None-Match", etag).get("/v1/divisions?countryId=KH&pageSize=6").then().statusCode(200);
    }
}
