package org.observa.api.http.input;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.ValidationException;

/**
 * Checks the types of query and path parameters before the framework converts them. JAX-RS answers a
 * parameter it cannot convert (a page size of "ten", a malformed UUID in a path) with a bare 404 that
 * names nothing; a client deserves a 400 that says which parameter was wrong, and how — all of them at once.
 */
public class QueryParameterTypes {

    private static final java.util.regex.Pattern UUID_FORM =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private record Declared(String name, Class<?> type, boolean inPath) {
    }

    private final Map<Method, List<Declared>> declaredByMethod = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        var query = request.getUriInfo().getQueryParameters();
        var path = request.getUriInfo().getPathParameters();
        List<FieldError> errors = new ArrayList<>();
        for (Declared parameter : declaredByMethod.computeIfAbsent(method, QueryParameterTypes::declared)) {
            var values = parameter.inPath() ? path : query;
            for (String value : values.getOrDefault(parameter.name(), List.of())) {
                String problem = problem(value, parameter.type());
                if (problem != null) {
                    errors.add(new FieldError(parameter.name(), problem));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** What is wrong with a parameter's value, or null; every value reaches the database only through here. */
    private static String problem(String value, Class<?> type) {
        String text = CleanText.problem(value);
        if (text != null) {
            return text;
        }
        try {
            if (type == Integer.class || type == int.class) {
                Integer.parseInt(value);
            } else if (type == Long.class || type == long.class) {
                Long.parseLong(value);
            } else if (type == Boolean.class || type == boolean.class) {
                return value.equals("true") || value.equals("false") ? null : wrongType(value, type);
            } else if (type == LocalDate.class) {
                Rfc3339.date(value);
            } else if (type == OffsetDateTime.class) {
                DateTimeParameters.parse(value);
            } else if (type == UUID.class) {
                return UUID_FORM.matcher(value).matches() ? null : wrongType(value, type);
            } else if (type.isEnum()) {
                return Arrays.stream(type.getEnumConstants()).anyMatch(c -> String.valueOf(c).equals(value))
                        ? null : wrongType(value, type);
            }
            return null;
        } catch (IllegalArgumentException e) {
            boolean dated = type == LocalDate.class || type == OffsetDateTime.class;
            return dated ? e.getMessage() + ", not '" + CleanText.quotable(value) + "'" : wrongType(value, type);
        } catch (RuntimeException e) {
            return wrongType(value, type);
        }
    }

    private static String wrongType(String value, Class<?> type) {
        return JsonProblems.expectation(type) + ", not '" + CleanText.quotable(value) + "'";
    }

    /** The query and path parameters of a resource method, declared on it or on the generated interface it implements. */
    private static List<Declared> declared(Method method) {
        List<Declared> declared = new ArrayList<>(fromAnnotations(method));
        for (Class<?> contract : method.getDeclaringClass().getInterfaces()) {
            try {
                declared.addAll(fromAnnotations(contract.getMethod(method.getName(), method.getParameterTypes())));
            } catch (NoSuchMethodException e) {
                // not declared by this interface
            }
        }
        return List.copyOf(declared);
    }

    private static List<Declared> fromAnnotations(Method method) {
        List<Declared> declared = new ArrayList<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof QueryParam query) {
                    declared.add(new Declared(query.value(), method.getParameterTypes()[i], false));
                } else if (annotation instanceof PathParam path) {
                    declared.add(new Declared(path.value(), method.getParameterTypes()[i], true));
                }
            }
        }
        return declared;
    }
}
