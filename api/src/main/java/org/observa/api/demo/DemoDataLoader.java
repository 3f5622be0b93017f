package org.observa.api.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.observa.api.http.auth.CurrentActor;
import org.observa.api.partner.BundleImporter;
import org.observa.domain.demo.DemoDataLog;
import org.observa.domain.partner.Actor;
import org.observa.domain.shared.Timestamps;

/**
 * Loads the demo dataset at start-up when {@code observa.demo-data.enabled} is true (the default with the
 * embedded database), through the same bulk import as partners use, so the demo data obeys every rule
 * that data sent by clients obeys. Each part is a bundle file, loaded once: the database records it,
 * so restarts add nothing twice, and a lock makes instances that start together take turns.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    /** The parts in load order: each may refer to records of the parts before it. */
    static final List<String> PARTS = List.of("reference", "registry", "missions", "recommendations", "parties", "polling-stations");

    private final boolean enabled;
    private final BundleImporter importer;
    private final CurrentActor actor;
    private final DemoDataLog log;
    private final ObjectMapper json;
    private final Clock clock;

    public DemoDataLoader(@ConfigProperty(name = "observa.demo-data.enabled") boolean enabled,
                          BundleImporter importer, CurrentActor actor, DemoDataLog log, ObjectMapper json, Clock clock) {
        this.enabled = enabled;
        this.importer = importer;
        this.actor = actor;
        this.log = log;
        this.json = json;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("Demo data is off (observa.demo-data.enabled=false)");
            return;
        }
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            actor.actAs(Actor.bootstrapAdministrator());
            for (String part : PARTS) {
                QuarkusTransaction.requiringNew().run(() -> loadOnce(part));
            }
        } finally {
            requestContext.terminate();
        }
    }

    private void loadOnce(String part) {
        log.lock();
        if (log.isLoaded(part)) {
            return;
        }
        importer.apply(bundle("demo/" + part + ".json"));
        log.markLoaded(part, Timestamps.now(clock));
        LOG.infof("Loaded the demo data part '%s'", part);
    }

    private JsonNode bundle(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo data file " + resource + " is missing from the application");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo data file " + resource + " cannot be read", e);
        }
    }
}
