package org.observa.api.wiring;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.observa.domain.partner.ChangeRepository;
import org.observa.domain.partner.ChangeService;

/** Wires the partner-integration services to their persistence adapters. */
public class PartnerServices {

    @Produces
    @Singleton
    ChangeService changeService(ChangeRepository changes) {
        return new ChangeService(changes);
    }
}
