package org.observa.domain.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.observa.domain.shared.Source;

/** Snapshots built directly, for testing the arithmetic without the service's rules in the way. */
final class Snapshots {

    static final String INTERBAND = "Interband, Cambodia National Assembly Election 2023 Monitoring Report";
    private static final Instant RECORDED = Instant.parse("2026-11-27T18:00:00Z");

    private Snapshots() {
    }

    static RegistryFigures figures(Long population, Long votingAgePopulation, Long registeredVoters, Long ballotsCast,
                                   Long validBallots, Long invalidBallots) {
        return new RegistryFigures(population, votingAgePopulation, registeredVoters, ballotsCast, validBallots,
                invalidBallots);
    }

    static RegistrySnapshot of(String divisionId, String date, RegistryFigures figures) {
        return of(divisionId, date, INTERBAND, figures);
    }

    static RegistrySnapshot of(String divisionId, String date, String citation, RegistryFigures figures) {
        return new RegistrySnapshot(UUID.randomUUID(), divisionId, LocalDate.parse(date), null, figures,
                Source.cite(citation), null, RECORDED, RECORDED);
    }
}
