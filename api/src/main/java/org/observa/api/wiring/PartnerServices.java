package org.observa.api.wiring;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.observa.domain.mission.OrganizationRepository;
import org.observa.domain.partner.ApiKeyRepository;
import org.observa.domain.partner.ApiKeyService;
import org.observa.domain.partner.ChangeRepository;
import org.observa.domain.partner.ChangeService;

/** Wires the partner-integration services to their persistence adapters and configuration. */
public class PartnerServices {

    /** A guessable bootstrap key would hand out every right: refuse to start with one. */
    static final int MINIMUM_BOOTSTRAP_KEY_LENGTH = 20;

    @Produces
    @Singleton
    ChangeService changeService(ChangeRepository changes) {
        return new ChangeService(changes);
    }

    /** Made at start-up, so that a bootstrap key too short stops the service there instead of failing every request. */
    @Produces
    @Singleton
    @Startup
    ApiKeyService apiKeyService(ApiKeyRepository keys, OrganizationRepository organizations, Clock clock,
                                @ConfigProperty(name = "observa.bootstrap-admin-key") Optional<String> bootstrapKey) {
        bootstrapKey.filter(key -> key.length() < MINIMUM_BOOTSTRAP_KEY_LENGTH).ifPresent(key -> {
            throw new ConfigurationException("observa.bootstrap-admin-key (OBSERVA_BOOTSTRAP_ADMIN_KEY) must be"
                    + " at least " + MINIMUM_BOOTSTRAP_KEY_LENGTH + " characters long; it has " + key.length()
                    + ". Make one with: openssl rand -hex 24");
        });
        return new ApiKeyService(keys, organizations, clock, bootstrapKey);
    }
}
