package org.observa.domain.pollingstation;

import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.LocalizedText;

/** What a client states about an observation form, before the rules are checked. */
public record ObservationFormDraft(UUID organizationId, String code, LocalizedText title, LocalizedText description,
                                   List<VisitPhase> phases) {

    public ObservationFormDraft {
        phases = phases == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(phases));
    }
}
