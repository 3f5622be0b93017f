package org.observa.api.wiring;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.observa.domain.reference.DivisionRepository;
import org.observa.domain.reference.ElectionRepository;
import org.observa.domain.registry.RegistrySnapshotRepository;
import org.observa.domain.registry.RegistrySnapshotService;

/** Wires the registry module's framework-free service to the persistence adapters that implement its ports. */
public class RegistryServices {

    @Produces
    @Singleton
    RegistrySnapshotService registrySnapshotService(RegistrySnapshotRepository snapshots, DivisionRepository divisions,
                                                    ElectionRepository elections, Clock clock) {
        return new RegistrySnapshotService(snapshots, divisions, elections, clock);
    }
}
