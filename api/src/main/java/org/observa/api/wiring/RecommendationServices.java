package org.observa.api.wiring;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.observa.domain.mission.MissionRepository;
import org.observa.domain.mission.OrganizationRepository;
import org.observa.domain.recommendation.AssessmentRepository;
import org.observa.domain.recommendation.AssessmentService;
import org.observa.domain.recommendation.RecommendationRepository;
import org.observa.domain.recommendation.RecommendationService;

/**
 * Wires the recommendations module's framework-free services to the persistence adapters that implement
 * their ports; the adapters are found by CDI at run time, so the api module never compiles against them.
 */
public class RecommendationServices {

    @Produces
    @Singleton
    RecommendationService recommendationService(RecommendationRepository recommendations,
                                                AssessmentRepository assessments, MissionRepository missions,
                                                Clock clock) {
        return new RecommendationService(recommendations, assessments, missions, clock);
    }

    @Produces
    @Singleton
    AssessmentService assessmentService(AssessmentRepository assessments, RecommendationRepository recommendations,
                                        MissionRepository missions, OrganizationRepository organizations, Clock clock) {
        return new AssessmentService(assessments, recommendations, missions, organizations, clock);
    }
}
