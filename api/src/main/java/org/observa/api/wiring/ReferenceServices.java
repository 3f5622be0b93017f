package org.observa.api.wiring;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.observa.domain.reference.DivisionRepository;
import org.observa.domain.reference.DivisionService;
import org.observa.domain.reference.ElectionRepository;
import org.observa.domain.reference.ElectionService;

/**
 * Wires the reference module's framework-free services to the persistence adapters that implement their
 * ports; the adapters are found by CDI at run time, so the api module never compiles against them.
 */
public class ReferenceServices {

    @Produces
    @Singleton
    DivisionService divisionService(DivisionRepository divisions, ElectionRepository elections, Clock clock) {
        return new DivisionService(divisions, elections, clock);
    }

    @Produces
    @Singleton
    ElectionService electionService(ElectionRepository elections, DivisionRepository divisions, Clock clock) {
        return new ElectionService(elections, divisions, clock);
    }
}
