package org.observa.domain.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.observa.domain.reference.DivisionCodes;
import org.observa.domain.shared.Source;

/** The voter-registry figures of one division at one date, as one source gives them. */
public record RegistrySnapshot(
        UUID id,
        String divisionId,
        LocalDate referenceDate,
        String electionId,
        RegistryFigures figures,
        Source source,
        String notes,
        Instant createdAt,
        Instant updatedAt) {

    public static RegistrySnapshot create(UUID id, RegistrySnapshotDraft draft, Instant now) {
        return from(id, draft, now, now);
    }

    public RegistrySnapshot updatedWith(RegistrySnapshotDraft draft, Instant now) {
        return from(id, draft, createdAt, now);
    }

    public String countryId() {
        return DivisionCodes.countryOf(divisionId);
    }

    /** A snapshot of a whole country, which its provinces' snapshots should add up to. */
    public boolean isOfCountry() {
        return DivisionCodes.isCountryCode(divisionId);
    }

    public RegistrySnapshotDraft draft() {
        return new RegistrySnapshotDraft(divisionId, referenceDate, electionId, figures, source, notes);
    }

    private static RegistrySnapshot from(UUID id, RegistrySnapshotDraft d, Instant createdAt, Instant updatedAt) {
        return new RegistrySnapshot(id, d.divisionId(), d.referenceDate(), d.electionId(), d.figures(), d.source(),
                d.notes(), createdAt, updatedAt);
    }
}
