package org.observa.domain.pollingstation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.LocalizedText;

/**
 * A checklist that observer teams fill in at polling stations, owned by an organisation, in numbered versions
 * (see {@link ObservationFormVersion}). The standard form is built in: it has no organisation, every mission
 * may use it, and nobody changes it.
 */
public record ObservationForm(
        UUID id,
        UUID organizationId,
        String code,
        LocalizedText title,
        LocalizedText description,
        List<VisitPhase> phases,
        Instant createdAt,
        Instant updatedAt) {

    /** The built-in form with the 13 questions of the standard checklist as its version 1. */
    public static final UUID STANDARD_ID = UUID.fromString("0b5e7a00-57d0-4f00-a000-000000000001");
    public static final String STANDARD_CODE = "standard";

    public ObservationForm {
        phases = List.copyOf(phases);
    }

    public static ObservationForm create(UUID id, ObservationFormDraft draft, Instant now) {
        return new ObservationForm(id, draft.organizationId(), draft.code(), draft.title(), draft.description(),
                draft.phases(), now, now);
    }

    public ObservationForm updatedWith(ObservationFormDraft d, Instant now) {
        return new ObservationForm(id, d.organizationId(), d.code(), d.title(), d.description(), d.phases(), createdAt, now);
    }

    public ObservationFormDraft draft() {
        return new ObservationFormDraft(organizationId, code, title, description, phases);
    }

    public boolean isBuiltIn() {
        return organizationId == null;
    }
}
