package org.observa.domain.pollingstation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.observa.domain.mission.InMemoryMissions;
import org.observa.domain.mission.InMemoryOrganizations;
import org.observa.domain.mission.Organization;
import org.observa.domain.mission.OrganizationClassification;
import org.observa.domain.mission.Mission;
import org.observa.domain.mission.MissionDraft;
import org.observa.domain.mission.MissionStatus;
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
 * The services of the polling-stations module over in-memory stores, with Cambodia (Kampong Thom, one of
 * its districts, and Phnom Penh), its 2018 and 2023 elections and a mission to each, and Thailand with an election.
 */
class PollingFixture {

    static final String KH_2023 = "kh-na-2023-07-23";
    static final String KH_2018 = "kh-na-2018-07-29";
    static final String TH_2023 = "th-na-2023-05-14";

    final Clock clock = Clock.fixed(Instant.parse("2026-11-27T18:00:00.123456789Z"), ZoneOffset.UTC);
    final InMemoryDivisions divisions = new InMemoryDivisions();
    final InMemoryElections elections = new InMemoryElections();
    final InMemoryMissions missionRows = new InMemoryMissions();
    final InMemoryCentres centreRows = new InMemoryCentres();
    final InMemoryStations stationRows = new InMemoryStations();
    final InMemoryVisits visitRows = new InMemoryVisits();
    final InMemoryIncidents incidentRows = new InMemoryIncidents(stationRows);
    final InMemoryForms formRows = new InMemoryForms();
    final InMemoryOrganizations organizationRows = new InMemoryOrganizations();

    final PollingCentreService centres = new PollingCentreService(centreRows, stationRows, incidentRows, elections,
            divisions, clock);
    final PollingStationService stations = new PollingStationService(stationRows, centreRows, visitRows, clock);
    final ObservationFormService forms = new ObservationFormService(formRows, organizationRows, clock);
    final StationVisitService visits = new StationVisitService(visitRows, stationRows, missionRows, elections, forms,
            clock);
    final IncidentService incidents = new IncidentService(incidentRows, missionRows, stationRows, divisions, elections,
            clock);

    final Mission mission2023;
    final Mission mission2018;

    PollingFixture() {
        DivisionService divisionService = new DivisionService(divisions, elections, clock);
        divisionService.create(division("KH", DivisionLevel.COUNTRY, null));
        divisionService.create(division("KH-6", DivisionLevel.PROVINCE, "KH"));
        divisionService.create(division("KH-6-03", DivisionLevel.DISTRICT, "KH-6"));
        divisionService.create(division("KH-12", DivisionLevel.PROVINCE, "KH"));
        divisionService.create(division("TH", DivisionLevel.COUNTRY, null));
        divisionService.create(division("TH-10", DivisionLevel.PROVINCE, "TH"));
        ElectionService electionService = new ElectionService(elections, divisions, clock);
        electionService.create(election("KH", LocalDate.of(2023, 7, 23), "Asia/Phnom_Penh"));
        electionService.create(election("KH", LocalDate.of(2018, 7, 29), "Asia/Phnom_Penh"));
        electionService.create(election("TH", LocalDate.of(2023, 5, 14), "Asia/Bangkok"));
        formRows.insert(STANDARD);
        formRows.insertVersion(STANDARD_V1);
        mission2023 = mission(KH_2023);
        mission2018 = mission(KH_2018);
    }

    /** The built-in form as the database holds it: the 13 yes/no questions of the checklist, all optional. */
    static final ObservationForm STANDARD = new ObservationForm(ObservationForm.STANDARD_ID, null,
            ObservationForm.STANDARD_CODE, LocalizedText.english("Standard checklist"), null,
            List.of(VisitPhase.values()), Instant.EPOCH, Instant.EPOCH);
    static final ObservationFormVersion STANDARD_V1 = new ObservationFormVersion(ObservationForm.STANDARD_ID, 1,
            FormVersionStatus.PUBLISHED, List.of(), java.util.Arrays.stream(ChecklistQuestion.values())
            .map(q -> yesNo(q.name(), false)).toList(), Instant.EPOCH, Instant.EPOCH, Instant.EPOCH);

    static FormQuestion yesNo(String code, boolean required) {
        return new FormQuestion(code, null, LocalizedText.english("Is it so? " + code), null, QuestionType.YES_NO,
                required, null, null, null, null, null, List.of("YES"));
    }

    /** A school in Kampong Thom for the 2023 election. */
    static PollingCentreDraft centre(String electionId, String divisionId) {
        return new PollingCentreDraft(electionId, divisionId, LocalizedText.english("Krayea High School"), null, null,
                null, List.of());
    }

    static PollingStationDraft station(UUID centreId, String number) {
        return new PollingStationDraft(centreId, number, null, null, null, List.of());
    }

    /** A station of its own centre in Kampong Thom. */
    PollingStation stationIn(String electionId, String number) {
        return stations.create(station(centres.create(centre(electionId, "KH-6")).id(), number));
    }

    static StationVisitDraft visit(UUID missionId, UUID stationId, LocalDate visitedOn) {
        return new StationVisitDraft(missionId, stationId, null, visitedOn, null, null, null, null, null, null, null,
                null);
    }

    static List<String> fieldsOf(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    private Mission mission(String electionId) {
        return mission(electionId, MissionStatus.ACTIVE);
    }

    /** A mission of an organisation of its own to a Cambodian election. */
    Mission mission(String electionId, MissionStatus status) {
        MissionDraft draft = new MissionDraft(UUID.randomUUID(), electionId, "KH", LocalizedText.english("Monitoring"),
                null, null, List.of(), status, List.of(), List.of(), null, List.of(), null, List.of());
        Mission mission = Mission.create(UUID.randomUUID(), draft, LocalDate.of(2023, 7, 13), clock.instant());
        missionRows.insert(mission);
        organizationRows.insert(new Organization(draft.organizationId(), LocalizedText.english("Observers"), null,
                OrganizationClassification.OBSERVER_GROUP, null, null, List.of(), clock.instant(), clock.instant()));
        return mission;
    }

    private static DivisionDraft division(String id, DivisionLevel level, String parentId) {
        return new DivisionDraft(id, level, parentId, LocalizedText.english("Name of " + id), List.of());
    }

    private static ElectionDraft election(String countryId, LocalDate pollingDate, String timeZone) {
        return new ElectionDraft(countryId, ElectionType.NATIONAL_ASSEMBLY, LocalizedText.english("An election"),
                pollingDate, timeZone, null, null, null, null, null, null, null, null, null, List.of());
    }
}
