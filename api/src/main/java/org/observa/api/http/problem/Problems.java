package org.observa.api.http.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.observa.api.generated.model.FieldErrorDto;
import org.observa.api.generated.model.ProblemDto;
import org.observa.domain.shared.FieldError;

/** Builds the application/problem+json responses (RFC 9457) of every error. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Response response(ProblemType type, String detail, String instance) {
        return builder(type, detail, instance).build();
    }

    public static Response invalid(ProblemType type, List<FieldError> errors, String instance) {
        String detail = errors.size() == 1
                ? "1 field is not valid: " + errors.get(0).field() + " " + errors.get(0).message() + "."
                : errors.size() + " fields are not valid.";
        return invalid(type, errors, instance, detail);
    }

    public static Response invalid(ProblemType type, List<FieldError> errors, String instance, String detail) {
        ProblemDto problem = problem(type, detail, instance)
                .errors(errors.stream().map(e -> new FieldErrorDto().field(e.field()).message(e.message())).toList());
        return Response.status(type.status()).type(MEDIA_TYPE).entity(problem).build();
    }

    public static Response.ResponseBuilder builder(ProblemType type, String detail, String instance) {
        return Response.status(type.status()).type(MEDIA_TYPE).entity(problem(type, detail, instance));
    }

    public static ProblemDto problem(ProblemType type, String detail, String instance) {
        return new ProblemDto()
                .type(type.uri())
                .title(type.title())
                .status(type.status())
                .detail(detail)
                .instance(instance)
                .errors(null);
    }
}
