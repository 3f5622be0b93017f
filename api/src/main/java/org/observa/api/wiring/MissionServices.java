package org.observa.api.wiring;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.observa.domain.mission.EngagementRepository;
import org.observa.domain.mission.EngagementService;
import org.observa.domain.mission.EvidenceCatalog;
import org.observa.domain.mission.FindingRepository;
import org.observa.domain.mission.FormCatalog;
import org.observa.domain.mission.FindingService;
import org.observa.domain.mission.MissionRepository;
import org.observa.domain.mission.MissionService;
import org.observa.domain.mission.OrganizationRepository;
import org.observa.domain.mission.OrganizationService;
import org.observa.domain.reference.DivisionRepository;
import org.observa.domain.reference.ElectionRepository;

/**
 * Wires the missions module's framework-free services to the persistence adapters that implement their
 * ports; the adapters are found by CDI at run time, so the api module never compiles against them.
 */
public class MissionServices {

    @Produces
    @Singleton
    OrganizationService organizationService(OrganizationRepository organizations, DivisionRepository divisions,
                                            MissionRepository missions, EngagementRepository engagements, Clock clock) {
        return new OrganizationService(organizations, divisions, missions, engagements, clock);
    }

    @Produces
    @Singleton
    MissionService missionService(MissionRepository missions, OrganizationRepository organizations,
                                  ElectionRepository elections, DivisionRepository divisions,
                                  EngagementRepository engagements, FindingRepository findings, FormCatalog forms,
                                  Clock clock) {
        return new MissionService(missions, organizations, elections, divisions, engagements, findings, forms, clock);
    }

    @Produces
    @Singleton
    EngagementService engagementService(EngagementRepository engagements, MissionRepository missions,
                                        OrganizationRepository organizations, DivisionRepository divisions, Clock clock) {
        return new EngagementService(engagements, missions, organizations, divisions, clock);
    }

    @Produces
    @Singleton
    FindingService findingService(FindingRepository findings, MissionRepository missions, EvidenceCatalog evidence,
                                  Clock clock) {
        return new FindingService(findings, missions, evidence, clock);
    }
}
