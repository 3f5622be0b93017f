package org.observa.domain.party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.LocalizedText;

/**
 * A party's campaign event as a mission observed it. {@code observedUntil} is set when the observation
 * spans several days, or when the source gives only the period it happened in.
 */
public record CampaignObservation(
        UUID id,
        UUID missionId,
        UUID partyId,
        LocalDate observedOn,
        LocalDate observedUntil,
        String divisionId,
        String place,
        CampaignEventKind kind,
        List<CampaignConcern> concerns,
        LocalizedText notes,
        Instant createdAt,
        Instant updatedAt) {

    public CampaignObservation {
        concerns = List.copyOf(concerns);
    }

    public static CampaignObservation create(UUID id, CampaignObservationDraft draft, Instant now) {
        return from(id, draft, now, now);
    }

    public CampaignObservation updatedWith(CampaignObservationDraft draft, Instant now) {
        return from(id, draft, createdAt, now);
    }

    public CampaignObservationDraft draft() {
        return new CampaignObservationDraft(missionId, partyId, observedOn, observedUntil, divisionId, place, kind,
                concerns, notes);
    }

    private static CampaignObservation from(UUID id, CampaignObservationDraft d, Instant createdAt, Instant updatedAt) {
        return new CampaignObservation(id, d.missionId(), d.partyId(), d.observedOn(), d.observedUntil(),
                d.divisionId(), d.place(), d.kind(), d.concerns(), d.notes(), createdAt, updatedAt);
    }
}
