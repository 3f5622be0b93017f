package org.observa.api.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.nio.file.Path;

/**
 * Checks every response the tests receive against openapi.yaml, and every request that the server
 * accepted (a deliberately bad request is meant to break the contract; its answer still must not).
 * Any drift between the code and the contract fails the test that caused it.
 */
public final class ContractValidationFilter implements Filter {

    /**
     * The contract, as clients see it. An Accept header that lists no media type of the operation's answers is
     * the server's to judge (a 406, or, for a delete whose 204 has no body, nothing), not a broken exchange.
     */
    public static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(Path.of("..", "openapi.yaml").toAbsolutePath().normalize().toUri().toString())
            // An import row is its kind's create body plus an id (allOf): validate the two as one object.
            .withResolveCombinators(true)
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.request.accept.notAllowed", ValidationReport.Level.IGNORE).build())
            .build();

    @Override
    public Response filter(FilterableRequestSpecification requestSpec, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(requestSpec, responseSpec);
        Request request = RestAssuredRequest.of(requestSpec);
        String path = URI.create(requestSpec.getURI()).getRawPath();
        if (path.startsWith("/q/") || "OPTIONS".equals(requestSpec.getMethod())) {
            // Quarkus's own endpoints (health, the contract itself, Swagger UI) and CORS preflights are not the API's.
            return response;
        }
        ValidationReport report = VALIDATOR.validateResponse(path, request.getMethod(), RestAssuredResponse.of(response));
        if (isOutsideTheContract(report)) {
            // An unknown path or method has no operation to check against; its answer must still be a problem.
            assertProblem(response);
            return response;
        }
        if (response.statusCode() < 400) {
            report = report.merge(VALIDATOR.validateRequest(request));
        }
        if (report.hasErrors()) {
            throw new AssertionError("The exchange " + request.getMethod() + " " + path + " -> " + response.statusCode()
                    + " breaks openapi.yaml:\n" + report.getMessages() + "\nResponse body: " + response.asString());
        }
        return response;
    }

    private static boolean isOutsideTheContract(ValidationReport report) {
        return !report.getMessages().isEmpty() && report.getMessages().stream().allMatch(m ->
                m.getKey().equals("validation.request.path.missing")
                        || m.getKey().equals("validation.request.operation.notAllowed"));
    }

    private static void assertProblem(Response response) {
        if (response.statusCode() < 400 || !response.contentType().startsWith("application/problem+json")
                || response.path("type") == null || response.path("title") == null
                || !Integer.valueOf(response.statusCode()).equals(response.path("status"))) {
            throw new AssertionError("A request outside the contract must get a problem document, got "
                    + response.statusCode() + " " + response.contentType() + ": " + response.asString());
        }
    }
}
