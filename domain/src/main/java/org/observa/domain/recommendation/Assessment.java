package org.observa.domain.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

/**
 * A dated judgement of how far a recommendation has been implemented, made by an organisation — usually
 * through a later mission of its own. {@code organizationId} is always stored, also when it is implied by
 * the mission, so that the organisation answerable for an assessment is known without a look-up.
 */
public record Assessment(
        UUID id,
        UUID recommendationId,
        LocalDate assessedOn,
        UUID missionId,
        UUID organizationId,
        ImplementationStatus status,
        LocalizedText rationale,
        List<Source> evidence,
        Instant createdAt,
        Instant updatedAt) {

    public Assessment {
        evidence = List.copyOf(evidence);
    }

    public static Assessment create(UUID id, UUID recommendationId, AssessmentDraft draft, Instant now) {
        return from(id, recommendationId, draft, now, now);
    }

    public Assessment updatedWith(AssessmentDraft draft, Instant now) {
        return from(id, recommendationId, draft, createdAt, now);
    }

    public AssessmentDraft draft() {
        return new AssessmentDraft(assessedOn, missionId, organizationId, status, rationale, evidence);
    }

    private static Assessment from(UUID id, UUID recommendationId, AssessmentDraft d, Instant createdAt,
                                   Instant updatedAt) {
        return new Assessment(id, recommendationId, d.assessedOn(), d.missionId(), d.organizationId(), d.status(),
                d.rationale(), d.evidence(), createdAt, updatedAt);
    }
}
