package org.observa.api.demo;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.observa.domain.demo.DemoDataLog;
import org.observa.domain.shared.Timestamps;

/**
 * Loads the demo dataset at start-up when {@code observa.demo-data.enabled} is true (the default with the
 * embedded database). Each part is loaded once: the database records it, so restarts add nothing twice,
 * and an advisory lock makes instances that start together take turns.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final boolean enabled;
    private final List<DemoDataPart> parts;
    private final DemoDataLog log;
    private final Clock clock;

    public DemoDataLoader(@ConfigProperty(name = "observa.demo-data.enabled") boolean enabled,
                          @All List<DemoDataPart> parts, DemoDataLog log, Clock clock) {
        this.enabled = enabled;
        this.parts = parts.stream().sorted(Comparator.comparingInt(DemoDataPart::order)).toList();
        this.log = log;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("Demo data is off (observa.demo-data.enabled=false)");
            return;
        }
        for (DemoDataPart part : parts) {
            QuarkusTransaction.requiringNew().run(() -> loadOnce(part));
        }
    }

    private void loadOnce(DemoDataPart part) {
        log.lock();
        if (log.isLoaded(part.name())) {
            return;
        }
        part.load();
        log.markLoaded(part.name(), Timestamps.now(clock));
        LOG.infof("Loaded the demo data part '%s'", part.name());
    }
}
