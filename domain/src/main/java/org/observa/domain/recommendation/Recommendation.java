package org.observa.domain.recommendation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.observa.domain.mission.ElectoralPhase;
import org.observa.domain.shared.LocalizedText;

/**
 * One recommendation of a mission. {@code countryId} is the mission's country, which never changes;
 * {@code status} is derived from the recommendation's assessments and kept current with every
 * assessment written (see {@link CurrentStatus}).
 */
public record Recommendation(
        UUID id,
        UUID missionId,
        String countryId,
        int number,
        LocalizedText title,
        LocalizedText text,
        List<Addressee> addressees,
        ElectoralPhase phase,
        Priority priority,
        UUID follows,
        RecommendationSource source,
        String notes,
        ImplementationStatus status,
        Instant createdAt,
        Instant updatedAt) {

    public Recommendation {
        addressees = List.copyOf(addressees);
    }

    public static Recommendation create(UUID id, String countryId, RecommendationDraft draft, Instant now) {
        return from(id, countryId, draft, ImplementationStatus.NOT_ASSESSED, now, now);
    }

    public Recommendation updatedWith(RecommendationDraft draft, Instant now) {
        return from(id, countryId, draft, status, createdAt, now);
    }

    /** The recommendation with the status its assessments now give it: a change of its representation. */
    public Recommendation withStatus(ImplementationStatus newStatus, Instant now) {
        return new Recommendation(id, missionId, countryId, number, title, text, addressees, phase, priority, follows,
                source, notes, newStatus, createdAt, now);
    }

    public RecommendationDraft draft() {
        return new RecommendationDraft(missionId, number, title, text, addressees, phase, priority, follows, source,
                notes);
    }

    private static Recommendation from(UUID id, String countryId, RecommendationDraft d, ImplementationStatus status,
                                       Instant createdAt, Instant updatedAt) {
        return new Recommendation(id, d.missionId(), countryId, d.number(), d.title(), d.text(), d.addressees(),
                d.phase(), d.priority(), d.follows(), d.source(), d.notes(), status, createdAt, updatedAt);
    }
}
