package org.observa.api.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.observa.api.http.auth.WriteAccess;
import org.observa.api.mission.MissionOwners;
import org.observa.domain.mission.MissionService;
import org.observa.domain.recommendation.AssessmentDraft;

/**
 * Who owns what in this module: a recommendation belongs to the organisation of its mission, an
 * assessment to the organisation that makes it (given, or that of the assessing mission). A reference to
 * a mission that does not exist is left to the domain's checks, which name the field.
 */
@ApplicationScoped
class RecommendationOwners {

    static final String RECOMMENDATION = "a recommendation of that mission";
    static final String ASSESSMENT = "an assessment made by that organization";

    private final MissionService missions;
    private final MissionOwners missionOwners;
    private final WriteAccess access;

    RecommendationOwners(MissionService missions, MissionOwners missionOwners, WriteAccess access) {
        this.missions = missions;
        this.missionOwners = missionOwners;
        this.access = access;
    }

    void requireRecommendationWriter(UUID missionId) {
        missionOwners.requireWriterOf(missionId, RECOMMENDATION);
    }

    void requireAssessor(AssessmentDraft draft) {
        if (draft.organizationId() != null) {
            access.requireOwner(draft.organizationId(), ASSESSMENT);
        } else if (draft.missionId() != null) {
            missions.find(draft.missionId()).ifPresent(mission -> access.requireOwner(mission.organizationId(), ASSESSMENT));
        }
    }

    void requireAssessor(UUID organizationId) {
        access.requireOwner(organizationId, ASSESSMENT);
    }
}
