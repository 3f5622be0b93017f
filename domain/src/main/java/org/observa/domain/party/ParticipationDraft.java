package org.observa.domain.party;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

/** What a client states about a party's participation in an election, before the rules are checked. */
public record ParticipationDraft(
        UUID partyId,
        ParticipationStatus status,
        LocalDate statusDate,
        LocalizedText reason,
        List<Source> sources,
        String notes) {

    public ParticipationDraft {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
