package org.observa.api.http.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.observa.api.bulk.RowsRejectedException;
import org.observa.api.database.ConnectionPoolReset;
import org.observa.api.http.auth.AuthenticationRequiredException;
import org.observa.api.http.conditional.PreconditionFailedException;
import org.observa.api.http.conditional.PreconditionRequiredException;
import org.observa.api.http.contract.ContractPaths;
import org.observa.api.http.input.CleanText;
import org.observa.api.http.input.ConstraintViolations;
import org.observa.api.http.input.JsonProblems;
import org.observa.api.http.input.MalformedBodyException;
import org.observa.api.http.limits.PayloadTooLargeException;
import org.observa.api.http.limits.RateLimitState;
import org.observa.api.http.limits.RateLimitedException;
import org.observa.api.metrics.ObservaMetrics;
import org.observa.domain.partner.AccessDeniedException;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.ValidationException;

/**
 * Turns every failure into application/problem+json. Client mistakes get a 4xx that names what was
 * wrong; anything else is a 500 that shows only a correlation id, which is also in the log with the
 * full stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ContractPaths contract;
    private final ConnectionPoolReset pool;
    private final ObservaMetrics metrics;

    public ProblemMappers(ContractPaths contract, ConnectionPoolReset pool, ObservaMetrics metrics) {
        this.contract = contract;
        this.pool = pool;
        this.metrics = metrics;
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        return Problems.invalid(ProblemType.VALIDATION_FAILED, e.errors(), path(uri));
    }

    @ServerExceptionMapper
    public Response rowsRejected(RowsRejectedException e, UriInfo uri) {
        return Problems.invalid(e.type(), e.errors(), path(uri), e.getMessage());
    }

    @ServerExceptionMapper
    public Response constraints(ConstraintViolationException e, UriInfo uri) {
        if (ConstraintViolations.isServerFault(e)) {
            return unexpected(e, uri);
        }
        if (ConstraintViolations.isMissingIfMatch(e)) {
            return preconditionRequired(new PreconditionRequiredException(), uri);
        }
        return Problems.invalid(ProblemType.VALIDATION_FAILED, ConstraintViolations.fieldErrors(e), path(uri));
    }

    // Quarkus maps its own subclass itself unless told otherwise.
    @ServerExceptionMapper
    public Response resteasyConstraints(ResteasyReactiveViolationException e, UriInfo uri) {
        return constraints(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(AuthenticationRequiredException e, UriInfo uri) {
        return Problems.builder(ProblemType.UNAUTHORIZED, e.getMessage(), path(uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"observa\"").build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "The credentials in the Authorization header were refused." : e.getMessage();
        return Problems.builder(ProblemType.UNAUTHORIZED, detail, path(uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"observa\"").build();
    }

    @ServerExceptionMapper
    public Response tooManyRequests(RateLimitedException e, UriInfo uri) {
        RateLimitState state = e.state();
        metrics.rateLimited(state.policy());
        return Problems.builder(ProblemType.TOO_MANY_REQUESTS, e.getMessage(), path(uri))
                .header(HttpHeaders.RETRY_AFTER, state.retryAfterSeconds())
                .header(RateLimitState.POLICY_HEADER, state.policyHeader())
                .header(RateLimitState.STATE_HEADER, state.stateHeader())
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(AccessDeniedException e, UriInfo uri) {
        return Problems.response(ProblemType.FORBIDDEN, e.getMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return Problems.response(ProblemType.NOT_FOUND, e.getMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return Problems.response(ProblemType.CONFLICT, e.getMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException e, UriInfo uri) {
        return Problems.response(ProblemType.PRECONDITION_FAILED, e.getMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredException e, UriInfo uri) {
        return Problems.response(ProblemType.PRECONDITION_REQUIRED, e.getMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonParseException e, UriInfo uri) {
        return Problems.invalid(ProblemType.MALFORMED_REQUEST, JsonProblems.fieldErrors(e), path(uri));
    }

    @ServerExceptionMapper
    public Response malformedBody(MalformedBodyException e, UriInfo uri) {
        return Problems.invalid(ProblemType.MALFORMED_REQUEST, e.errors(), path(uri));
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return Problems.invalid(ProblemType.VALIDATION_FAILED, JsonProblems.fieldErrors(e), path(uri));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonParseException parse) {
            return unreadableJson(parse, uri);
        }
        return Problems.invalid(ProblemType.VALIDATION_FAILED, JsonProblems.fieldErrors(e), path(uri));
    }

    @ServerExceptionMapper
    public Response unmappableJson(JsonMappingException e, UriInfo uri) {
        return Problems.invalid(ProblemType.VALIDATION_FAILED, JsonProblems.fieldErrors(e), path(uri));
    }

    @ServerExceptionMapper
    public Response unknownPath(jakarta.ws.rs.NotFoundException e, UriInfo uri) {
        if (e.getCause() != null) {
            // A path or query parameter that could not be converted: the client's mistake, not a missing page.
            return Problems.invalid(ProblemType.VALIDATION_FAILED,
                    java.util.List.of(new FieldError("query", "has a value of the wrong type: "
                            + e.getCause().getMessage())), path(uri));
        }
        return Problems.response(ProblemType.NOT_FOUND, "There is nothing at " + path(uri) + ".", path(uri));
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException e, UriInfo uri) {
        String allowed = contract.allowedMethods(path(uri));
        return Problems.builder(ProblemType.METHOD_NOT_ALLOWED, path(uri) + " does not support this method"
                        + (allowed == null ? "." : "; it supports " + allowed + "."), path(uri))
                .header(HttpHeaders.ALLOW, allowed).build();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, HttpHeaders headers, Request request, UriInfo uri) {
        String accepted = contract.acceptedMediaTypes(path(uri), request.getMethod());
        String sent = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        String send = accepted == null ? "a media type the contract lists for this operation" : accepted;
        return Problems.response(ProblemType.UNSUPPORTED_MEDIA_TYPE, sent == null
                ? "The request has a body but no Content-Type; send " + send + "."
                : "Content-Type " + CleanText.quotable(sent) + " is not supported here; send " + send + ".", path(uri));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(ProblemType.NOT_ACCEPTABLE, "This operation cannot answer in "
                + headers.getHeaderString(HttpHeaders.ACCEPT) + "; see the contract for the media types it produces.",
                path(uri));
    }

    @ServerExceptionMapper
    public Response badRequest(BadRequestException e, UriInfo uri) {
        return http(e, uri);
    }

    @ServerExceptionMapper
    public Response payloadTooLarge(PayloadTooLargeException e, UriInfo uri) {
        return Problems.response(ProblemType.PAYLOAD_TOO_LARGE, e.getMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // The JSON reader reports a body it cannot read as a bare 400 around the actual cause.
        PayloadTooLargeException tooLarge = causeOfType(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return payloadTooLarge(tooLarge, uri);
        }
        JsonProcessingException json = causeOfType(e, JsonProcessingException.class);
        if (json != null) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        return Response.status(status).type(Problems.MEDIA_TYPE)
                .entity(Problems.problem(type, e.getMessage(), path(uri)).status(status)).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        SQLException sql = causeOfType(e, SQLException.class);
        if (sql != null) {
            String state = sql.getSQLState() == null ? "" : sql.getSQLState();
            if (state.startsWith("23")) {
                return Problems.response(ProblemType.CONFLICT,
                        "The change conflicts with other records (a duplicate or a record still referred to).", path(uri));
            }
            if (state.startsWith("22")) {
                // The edges check every value a client sends; this is the last guard if one slipped through.
                LOG.warnf("The database refused a value on %s: %s", path(uri), sql.getMessage());
                return Problems.response(ProblemType.VALIDATION_FAILED,
                        "A value in the request cannot be stored: it is out of range or not valid text.", path(uri));
            }
            if (DatabaseAvailability.isUnavailable(sql)) {
                LOG.warnf("Database unavailable on %s: %s", path(uri), sql.getMessage());
                if (DatabaseAvailability.isConnectionLost(sql)) {
                    pool.afterConnectionLost();
                }
                return Problems.builder(ProblemType.SERVICE_UNAVAILABLE,
                        "The database cannot answer right now; retry in a moment.", path(uri))
                        .header(HttpHeaders.RETRY_AFTER, DatabaseAvailability.RETRY_AFTER_SECONDS).build();
            }
        }
        // With tracing on, the trace id: the fault can be found in the traces as well as in the log.
        SpanContext span = Span.current().getSpanContext();
        String correlationId = span.isValid() ? span.getTraceId() : UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", correlationId, path(uri));
        return Response.status(500).type(Problems.MEDIA_TYPE)
                .entity(Problems.problem(ProblemType.INTERNAL_ERROR,
                                "Something went wrong on our side. Quote the correlation id when you report it.", path(uri))
                        .correlationId(correlationId))
                .build();
    }

    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }

    private static <T extends Throwable> T causeOfType(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
