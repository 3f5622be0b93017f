package org.observa.domain.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

/**
 * What a client states about an assessment, before the rules are checked. {@code organizationId} may be
 * left out when {@code missionId} is given: the mission's organisation made the assessment.
 */
public record AssessmentDraft(
        LocalDate assessedOn,
        UUID missionId,
        UUID organizationId,
        ImplementationStatus status,
        LocalizedText rationale,
        List<Source> evidence) {

    public AssessmentDraft {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    AssessmentDraft withOrganization(UUID organization) {
        return new AssessmentDraft(assessedOn, missionId, organization, status, rationale, evidence);
    }
}
