package org.observa.domain.registry;

import java.time.LocalDate;
import org.observa.domain.shared.Source;

/** What a client states about a registry snapshot, before the rules are checked. */
public record RegistrySnapshotDraft(
        String divisionId,
        LocalDate referenceDate,
        String electionId,
        RegistryFigures figures,
        Source source,
        String notes) {

    public RegistrySnapshotDraft {
        figures = figures == null ? RegistryFigures.NONE : figures;
    }
}
