package org.observa.api.partner;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Tells whoever starts the service how writing becomes possible: reads need nothing, writes need a key. */
@ApplicationScoped
public class BootstrapKeyNotice {

    private static final Logger LOG = Logger.getLogger(BootstrapKeyNotice.class);

    void onStart(@Observes StartupEvent event,
                 @ConfigProperty(name = "observa.bootstrap-admin-key") Optional<String> bootstrapKey) {
        if (bootstrapKey.isPresent()) {
            LOG.info("A bootstrap administrator key is configured: use it as 'Authorization: Bearer <key>' to"
                    + " create API keys with POST /v1/api-keys.");
        } else {
            LOG.info("Reads are open; writes need an API key. To create the first keys, restart with"
                    + " OBSERVA_BOOTSTRAP_ADMIN_KEY set to a secret of at least 20 characters (e.g."
                    + " OBSERVA_BOOTSTRAP_ADMIN_KEY=$(openssl rand -hex 24)) and send it as"
                    + " 'Authorization: Bearer <key>' to POST /v1/api-keys.");
        }
    }
}
