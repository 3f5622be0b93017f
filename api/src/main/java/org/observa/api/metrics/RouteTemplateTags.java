package org.observa.api.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;
import org.observa.api.http.contract.ContractPaths;

/**
 * Keeps HTTP metrics per route template, never per raw URL. Quarkus tags a request with its template once a
 * REST method matched it; a request answered before that (a 405, a 415, a CORS preflight, a rate-limited or
 * over-long one) would carry its raw path, and every distinct id would become a series of its own. Such a path
 * is tagged with the contract's template it falls under, or as UNMATCHED.
 */
public class RouteTemplateTags {

    private static final Set<String> QUARKUS_VALUES = Set.of("NOT_FOUND", "REDIRECTION", "root", "UNKNOWN");

    @Produces
    @Singleton
    MeterFilter templatesOnly(ContractPaths contract) {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String uri = id.getTag("uri");
                if (uri == null || !id.getName().startsWith("http.server") || QUARKUS_VALUES.contains(uri)
                        || uri.startsWith("/q/")) {
                    return id;
                }
                String template = contract.template(uri, true).orElse("UNMATCHED");
                return template.equals(uri) ? id : id.replaceTags(replaced(id, template));
            }
        };
    }

    private static Iterable<Tag> replaced(Meter.Id id, String template) {
        return id.getTags().stream().map(tag -> tag.getKey().equals("uri") ? Tag.of("uri", template) : tag).toList();
    }
}
