package org.observa.domain.recommendation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.observa.domain.mission.ElectoralPhase;
import org.observa.domain.mission.InMemoryMissions;
import org.observa.domain.mission.InMemoryOrganizations;
import org.observa.domain.mission.Mission;
import org.observa.domain.mission.MissionDraft;
import org.observa.domain.mission.MissionStatus;
import org.observa.domain.mission.Organization;
import org.observa.domain.mission.OrganizationClassification;
import org.observa.domain.mission.OrganizationDraft;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.ValidationException;

/**
 * The recommendation services over in-memory stores, with Interband and COMFREL as organisations. Missions
 * are stored directly with the date they are listed under, so a test can place them in time at will.
 */
class RecommendationFixture {

    static final Instant NOW = Instant.parse("2026-11-27T18:00:00.123456Z");

    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final InMemoryMissions missionRows = new InMemoryMissions();
    final InMemoryOrganizations organizationRows = new InMemoryOrganizations();
    final InMemoryRecommendations recommendationRows = new InMemoryRecommendations(missionRows);
    final InMemoryAssessments assessmentRows = new InMemoryAssessments();

    final Organization interband = organization("Interband");
    final Organization comfrel = organization("COMFREL");

    RecommendationService recommendations() {
        return new RecommendationService(recommendationRows, assessmentRows, missionRows, clock);
    }

    AssessmentService assessments() {
        return new AssessmentService(assessmentRows, recommendationRows, missionRows, organizationRows, clock);
    }

    Organization organization(String name) {
        Organization organization = Organization.create(UUID.randomUUID(), new OrganizationDraft(
                LocalizedText.english(name), null, OrganizationClassification.OBSERVER_GROUP, null, null, List.of()), NOW);
        organizationRows.insert(organization);
        return organization;
    }

    /** Interband's mission to a country, starting on {@code start}. */
    Mission mission(String countryId, LocalDate start) {
        return store(countryId, start, start.plusDays(10), start);
    }

    /** A mission whose dates its report does not give: it is dated by its election's polling day. */
    Mission missionWithoutDates(String countryId, LocalDate pollingDay) {
        return store(countryId, null, null, pollingDay);
    }

    /** The same mission, now listed under another day (its dates were corrected). */
    Mission moved(Mission m, LocalDate start) {
        Mission moved = new Mission(m.id(), m.organizationId(), m.electionId(), m.countryId(), m.title(), start,
                start.plusDays(10), start, m.objectives(), m.status(), m.teamMembers(), m.deploymentAreaIds(),
                m.background(), m.sources(), m.notes(), m.observationFormIds(), m.createdAt(), NOW);
        missionRows.save(moved);
        return moved;
    }

    private Mission store(String countryId, LocalDate start, LocalDate end, LocalDate sortDate) {
        MissionDraft draft = new MissionDraft(interband.id(), countryId.toLowerCase() + "-na-" + sortDate, countryId,
                LocalizedText.english("Mission of " + sortDate), start, end, List.of(), MissionStatus.REPORTED, List.of(),
                List.of(), null, List.of(), null, List.of());
        Mission mission = Mission.create(UUID.randomUUID(), draft, sortDate, NOW);
        missionRows.insert(mission);
        return mission;
    }

    static RecommendationDraft draft(Mission mission, int number) {
        return draft(mission, number, null);
    }

    static RecommendationDraft draft(Mission mission, int number, UUID follows) {
        return new RecommendationDraft(mission.id(), number, LocalizedText.english("Recommendation " + number),
                LocalizedText.english("Do something about it."),
                List.of(new Addressee(AddresseeKind.ELECTION_MANAGEMENT_BODY, null)), ElectoralPhase.VOTER_REGISTRATION,
                null, follows, null, null);
    }

    static AssessmentDraft assessment(LocalDate on, ImplementationStatus status, UUID missionId, UUID organizationId) {
        return new AssessmentDraft(on, missionId, organizationId, status, null, List.of());
    }

    static List<String> fieldsOf(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }
}
