package org.observa.api.logging;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Notes the route template a request matched ({@code /v1/divisions/{divisionId}}), for the access log. */
public class RouteTemplates {

    private final Map<Method, String> templates = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void note(ContainerRequestContext request, ResourceInfo resource, RoutingContext context) {
        Method method = resource.getResourceMethod();
        if (method != null) {
            context.put(AccessLog.ROUTE, templates.computeIfAbsent(method, RouteTemplates::template));
        }
    }

    /** The class's and the method's @Path, as declared on the generated interface the resource implements. */
    private static String template(Method method) {
        for (Class<?> contract : method.getDeclaringClass().getInterfaces()) {
            try {
                Method declared = contract.getMethod(method.getName(), method.getParameterTypes());
                Path type = contract.getAnnotation(Path.class);
                Path path = declared.getAnnotation(Path.class);
                return (type == null ? "" : type.value()) + (path == null ? "" : path.value());
            } catch (NoSuchMethodException e) {
                // not declared by this interface
            }
        }
        Path path = method.getAnnotation(Path.class);
        return path == null ? method.getName() : path.value();
    }
}
