package org.observa.domain.mission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.LocalizedText;

/** What a client states about an engagement, before the rules are checked. */
public record EngagementDraft(
        EngagementKind kind,
        LocalDate startDate,
        LocalDate endDate,
        String divisionId,
        String place,
        UUID counterpartId,
        List<PersonMet> peopleMet,
        LocalizedText summary) {

    public EngagementDraft {
        peopleMet = peopleMet == null ? List.of() : List.copyOf(peopleMet);
    }
}
