package org.observa.domain.recommendation;

import java.util.List;
import java.util.UUID;
import org.observa.domain.mission.ElectoralPhase;
import org.observa.domain.shared.LocalizedText;

/** What a client states about a recommendation, before the rules are checked. */
public record RecommendationDraft(
        UUID missionId,
        Integer number,
        LocalizedText title,
        LocalizedText text,
        List<Addressee> addressees,
        ElectoralPhase phase,
        Priority priority,
        UUID follows,
        RecommendationSource source,
        String notes) {

    public RecommendationDraft {
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
    }
}
