package org.observa.domain.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.mission.Mission;
import org.observa.domain.mission.MissionRepository;
import org.observa.domain.mission.OrganizationRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.Violations;

/**
 * The rules of assessments: they exist only inside their recommendation, are dated no earlier than the
 * recommendation's mission, name who assessed (a mission to the recommendation's country, an organisation,
 * or both when they agree), and keep the recommendation's current status up to date with every write.
 */
public class AssessmentService {

    static final String RESOURCE = "assessment";

    private final AssessmentRepository assessments;
    private final RecommendationRepository recommendations;
    private final MissionRepository missions;
    private final OrganizationRepository organizations;
    private final Clock clock;

    public AssessmentService(AssessmentRepository assessments, RecommendationRepository recommendations,
                             MissionRepository missions, OrganizationRepository organizations, Clock clock) {
        this.assessments = assessments;
        this.recommendations = recommendations;
        this.missions = missions;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** An assessment of this recommendation; one of another recommendation is not found here. */
    public Assessment get(UUID recommendationId, UUID id) {
        requireRecommendation(recommendationId);
        return assessments.byId(id).filter(a -> a.recommendationId().equals(recommendationId))
                .orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    /** Reads an assessment to change it, holding its recommendation too, whose status the change may move. */
    public Assessment getForUpdate(UUID recommendationId, UUID id) {
        lockRecommendation(recommendationId);
        return assessments.byIdForUpdate(id).filter(a -> a.recommendationId().equals(recommendationId))
                .orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    public Page<Assessment> list(AssessmentQuery query, PageRequest page) {
        requireRecommendation(query.recommendationId());
        return assessments.search(query, page);
    }

    public void export(AssessmentQuery query, Consumer<Assessment> sink) {
        assessments.forEach(query, sink);
    }

    public Assessment create(UUID recommendationId, AssessmentDraft draft) {
        return create(recommendationId, UUID.randomUUID(), draft);
    }

    /** Creates an assessment under an id chosen by the caller, such as the fixed id of a demo record. */
    public Assessment create(UUID recommendationId, UUID id, AssessmentDraft draft) {
        Recommendation recommendation = lockRecommendation(recommendationId);
        AssessmentDraft resolved = checked(recommendation, draft);
        if (assessments.byId(id).isPresent()) {
            throw ConflictException.duplicate(RESOURCE, id.toString());
        }
        Assessment assessment = Assessment.create(id, recommendationId, resolved, Timestamps.now(clock));
        assessments.insert(assessment);
        refreshStatus(recommendation);
        return assessment;
    }

    /** Replaces the changeable fields; an assessment stays with the recommendation it judges. */
    public Assessment update(Assessment current, AssessmentDraft draft) {
        Recommendation recommendation = lockRecommendation(current.recommendationId());
        AssessmentDraft resolved = checked(recommendation, draft);
        if (current.draft().equals(resolved)) {
            return current;
        }
        Assessment updated = current.updatedWith(resolved, Timestamps.now(clock));
        assessments.save(updated);
        refreshStatus(recommendation);
        return updated;
    }

    public void delete(Assessment assessment) {
        Recommendation recommendation = lockRecommendation(assessment.recommendationId());
        assessments.remove(assessment.id());
        refreshStatus(recommendation);
    }

    /** The recommendation's status follows its latest assessment; a change of it is a change of the recommendation. */
    private void refreshStatus(Recommendation recommendation) {
        List<Assessment> all = assessments.ofRecommendations(List.of(recommendation.id()));
        ImplementationStatus status = CurrentStatus.of(all);
        if (status != recommendation.status()) {
            recommendations.save(recommendation.withStatus(status, Timestamps.now(clock)));
        }
    }

    private void requireRecommendation(UUID recommendationId) {
        if (recommendations.byId(recommendationId).isEmpty()) {
            throw new NotFoundException(RecommendationService.RESOURCE, recommendationId.toString());
        }
    }

    private Recommendation lockRecommendation(UUID recommendationId) {
        return recommendations.byIdForUpdate(recommendationId)
                .orElseThrow(() -> new NotFoundException(RecommendationService.RESOURCE, recommendationId.toString()));
    }

    /** Checks the draft and returns it with the assessing organisation filled in from the mission when left out. */
    private AssessmentDraft checked(Recommendation recommendation, AssessmentDraft draft) {
        Violations violations = new Violations();
        checkDate(recommendation, draft.assessedOn(), violations);
        if (draft.status() == null) {
            violations.add("status", "must not be null");
        } else {
            violations.require(draft.status() != ImplementationStatus.NOT_ASSESSED, "status",
                    "cannot be NOT_ASSESSED: that is the status of a recommendation without assessments");
        }
        violations.optionalLocalizedText("rationale", draft.rationale());
        violations.sources("evidence", draft.evidence());
        UUID organization = checkAssessor(recommendation, draft, violations);
        violations.throwIfAny();
        return draft.withOrganization(organization);
    }

    /**
     * Not before the recommendation's mission began — or, when its dates are unknown, before its election's
     * polling day — and not in the future (a day's margin covers every time zone).
     */
    private void checkDate(Recommendation recommendation, LocalDate assessedOn, Violations violations) {
        if (assessedOn == null) {
            violations.add("assessedOn", "must not be null");
            return;
        }
        Mission mission = missions.byId(recommendation.missionId()).orElseThrow(
                () -> new NotFoundException("mission", recommendation.missionId().toString()));
        if (assessedOn.isBefore(mission.sortDate())) {
            violations.add("assessedOn", "cannot be before " + mission.sortDate() + ", "
                    + (mission.startDate() != null ? "when the recommendation's mission began"
                    : "the polling day of the election of the recommendation's mission, whose own dates are unknown"));
        }
        LocalDate latest = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
        violations.require(!assessedOn.isAfter(latest), "assessedOn", "cannot be in the future");
    }

    /** The assessing organisation: the one named, or the mission's, which must agree when both are given. */
    private UUID checkAssessor(Recommendation recommendation, AssessmentDraft draft, Violations violations) {
        UUID organization = draft.organizationId();
        if (draft.missionId() != null) {
            Mission assessing = missions.byId(draft.missionId()).orElse(null);
            if (assessing == null) {
                violations.add("missionId", "there is no mission '" + draft.missionId() + "'");
                return organization;
            }
            if (!assessing.countryId().equals(recommendation.countryId())) {
                violations.add("missionId", "is a mission to '" + assessing.countryId()
                        + "', not to the recommendation's country '" + recommendation.countryId() + "'");
            }
            if (organization == null) {
                return assessing.organizationId();
            }
            violations.require(organization.equals(assessing.organizationId()), "organizationId",
                    "must be the organisation of the assessing mission, '" + assessing.organizationId()
                            + "', or be left out");
            return organization;
        }
        if (organization == null) {
            violations.add("organizationId", "must be given when missionId is not: say who made the assessment");
        } else if (organizations.byId(organization).isEmpty()) {
            violations.add("organizationId", "there is no organization '" + organization + "'");
        }
        return organization;
    }
}
