package org.observa.domain.mission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.observa.domain.reference.DivisionDraft;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.reference.DivisionService;
import org.observa.domain.reference.ElectionDraft;
import org.observa.domain.reference.ElectionService;
import org.observa.domain.reference.ElectionType;
import org.observa.domain.reference.InMemoryDivisions;
import org.observa.domain.reference.InMemoryElections;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.ValidationException;

/**
 * The services of the missions module over in-memory stores, with Cambodia (two provinces and the 2023
 * election), Thailand (one province and an election) and Interband as the observer organisation.
 */
class MissionFixture {

    static final String KH_2023 = "kh-na-2023-07-23";
    static final String TH_2023 = "th-na-2023-05-14";

    final Clock clock = Clock.fixed(Instant.parse("2026-11-27T18:00:00.123456789Z"), ZoneOffset.UTC);
    final InMemoryDivisions divisions = new InMemoryDivisions();
    final InMemoryElections elections = new InMemoryElections();
    final InMemoryOrganizations organizationRows = new InMemoryOrganizations();
    final InMemoryMissions missionRows = new InMemoryMissions();
    final InMemoryEngagements engagementRows = new InMemoryEngagements();
    final InMemoryFindings findingRows = new InMemoryFindings();
    final KnownEvidence evidence = new KnownEvidence();
    final java.util.Set<UUID> formIds = new java.util.HashSet<>();

    final OrganizationService organizations =
            new OrganizationService(organizationRows, divisions, missionRows, engagementRows, clock);
    final MissionService missions = new MissionService(missionRows, organizationRows, elections, divisions,
            engagementRows, findingRows, formIds::contains, clock);
    final EngagementService engagements =
            new EngagementService(engagementRows, missionRows, organizationRows, divisions, clock);
    final FindingService findings = new FindingService(findingRows, missionRows, evidence, clock);

    final Organization interband;

    MissionFixture() {
        DivisionService divisionService = new DivisionService(divisions, elections, clock);
        divisionService.create(division("KH", DivisionLevel.COUNTRY, null));
        divisionService.create(division("KH-6", DivisionLevel.PROVINCE, "KH"));
        divisionService.create(division("KH-12", DivisionLevel.PROVINCE, "KH"));
        divisionService.create(division("TH", DivisionLevel.COUNTRY, null));
        divisionService.create(division("TH-10", DivisionLevel.PROVINCE, "TH"));
        divisionService.create(division("JP", DivisionLevel.COUNTRY, null));
        ElectionService electionService = new ElectionService(elections, divisions, clock);
        electionService.create(election("KH", LocalDate.of(2023, 7, 23)));
        electionService.create(election("TH", LocalDate.of(2023, 5, 14)));
        interband = organizations.create(organization("Interband", OrganizationClassification.OBSERVER_GROUP, "JP"));
    }

    static OrganizationDraft organization(String name, OrganizationClassification classification, String countryId) {
        return new OrganizationDraft(LocalizedText.english(name), null, classification, countryId, null, List.of());
    }

    /** A mission of Interband's to the 2023 election in Cambodia, from 13 to 23 July. */
    MissionDraft mission() {
        return mission(LocalDate.of(2023, 7, 13), LocalDate.of(2023, 7, 23));
    }

    MissionDraft mission(LocalDate start, LocalDate end) {
        return new MissionDraft(interband.id(), KH_2023, "KH", LocalizedText.english("Monitoring mission"), start, end,
                List.of(LocalizedText.english("To monitor voting")), null,
                List.of(new TeamMember("Naoto Sakaguchi", TeamRole.PROJECT_MANAGER)), List.of("KH-12", "KH-6"),
                null, List.of(), null, List.of());
    }

    static EngagementDraft engagement(LocalDate start, LocalDate end) {
        return new EngagementDraft(EngagementKind.MEETING, start, end, "KH-12", "Phnom Penh", null,
                List.of(new PersonMet("Kim Chhorn", null)), LocalizedText.english("Meeting"));
    }

    static FindingDraft finding(List<Evidence> cited) {
        return new FindingDraft(FindingKind.POSITIVE, ElectoralPhase.VOTER_REGISTRATION,
                LocalizedText.english("The voter registry is more reliable."), cited);
    }

    static List<String> fieldsOf(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    static UUID anyId() {
        return UUID.randomUUID();
    }

    private static DivisionDraft division(String id, DivisionLevel level, String parentId) {
        return new DivisionDraft(id, level, parentId, LocalizedText.english("Name of " + id), List.of());
    }

    private static ElectionDraft election(String countryId, LocalDate pollingDate) {
        return new ElectionDraft(countryId, ElectionType.NATIONAL_ASSEMBLY, LocalizedText.english("An election"),
                pollingDate, "Asia/Phnom_Penh", null, null, null, null, null, null, null, null, null, List.of());
    }
}
