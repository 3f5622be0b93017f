package org.observa.domain.party;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.LocalizedText;

/** What a client states about a campaign observation, before the rules are checked. */
public record CampaignObservationDraft(
        UUID missionId,
        UUID partyId,
        LocalDate observedOn,
        LocalDate observedUntil,
        String divisionId,
        String place,
        CampaignEventKind kind,
        List<CampaignConcern> concerns,
        LocalizedText notes) {

    public CampaignObservationDraft {
        concerns = concerns == null ? List.of() : List.copyOf(concerns);
    }
}
