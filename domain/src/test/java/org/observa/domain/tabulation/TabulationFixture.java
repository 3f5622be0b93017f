package org.observa.domain.tabulation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.observa.domain.mission.InMemoryMissions;
import org.observa.domain.mission.Mission;
import org.observa.domain.mission.MissionDraft;
import org.observa.domain.mission.MissionStatus;
import org.observa.domain.party.ElectionResults;
import org.observa.domain.party.InMemoryElectionResults;
import org.observa.domain.party.InMemoryParticipations;
import org.observa.domain.party.InMemoryParties;
import org.observa.domain.party.Participation;
import org.observa.domain.party.ParticipationStatus;
import org.observa.domain.party.ResultRow;
import org.observa.domain.party.ResultTotal;
import org.observa.domain.pollingstation.InMemoryStations;
import org.observa.domain.pollingstation.InMemoryVisits;
import org.observa.domain.pollingstation.ObservationForm;
import org.observa.domain.pollingstation.ObservationStatsRepository;
import org.observa.domain.pollingstation.ObservationTally;
import org.observa.domain.pollingstation.FormTally;
import org.observa.domain.pollingstation.FormStatsQuery;
import org.observa.domain.pollingstation.ObservationStatsQuery;
import org.observa.domain.pollingstation.PollingStation;
import org.observa.domain.pollingstation.StationVisit;
import org.observa.domain.pollingstation.VisitPhase;
import org.observa.domain.reference.DivisionDraft;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.reference.DivisionService;
import org.observa.domain.reference.ElectionDraft;
import org.observa.domain.reference.ElectionService;
import org.observa.domain.reference.ElectionType;
import org.observa.domain.reference.InMemoryDivisions;
import org.observa.domain.reference.InMemoryElections;
import org.observa.domain.reference.ResultsStatus;
import org.observa.domain.shared.LocalizedText;

/**
 * The tabulation services over in-memory stores: Cambodia with Kampong Thom (KH-6) and Phnom Penh (KH-12), the 2023
 * election (over, by the fixed clock of 2026) and one of 2031 (not yet), two registered parties in each, stations,
 * and a mission to each election with a counting visit per station.
 */
class TabulationFixture {

    static final String KH_2023 = "kh-na-2023-07-23";
    static final String KH_2031 = "kh-na-2031-07-27";

    final Clock clock = Clock.fixed(Instant.parse("2026-11-27T18:00:00Z"), ZoneOffset.UTC);
    final InMemoryDivisions divisions = new InMemoryDivisions();
    final InMemoryElections elections = new InMemoryElections();
    final InMemoryStations stationRows = new InMemoryStations();
    final InMemoryVisits visitRows = new InMemoryVisits();
    final InMemoryMissions missionRows = new InMemoryMissions();
    final InMemoryParticipations participationRows = new InMemoryParticipations();
    final InMemoryElectionResults tables = new InMemoryElectionResults();
    final InMemoryStationResults resultRows = new InMemoryStationResults();
    final InMemoryObservedResults observedRows = new InMemoryObservedResults(resultRows);
    final List<FrameStation> frame = new ArrayList<>();
    final InMemorySamples sampleRows = new InMemorySamples(frame);
    long dataVersion = 1;

    /** Only the data version and the divisions of a level: all the tabulation asks of the statistics' port. */
    final ObservationStatsRepository data = new ObservationStatsRepository() {
        @Override
        public long version(String electionId) {
            return dataVersion;
        }

        @Override
        public List<String> divisionsAt(String countryId, DivisionLevel level) {
            return List.of("KH-12", "KH-6");
        }

        @Override
        public ObservationTally tally(ObservationStatsQuery query) {
            throw new UnsupportedOperationException("not needed by these tests");
        }

        @Override
        public FormTally formTally(FormStatsQuery query) {
            throw new UnsupportedOperationException("not needed by these tests");
        }
    };

    final InMemoryParties partyRows = new InMemoryParties();
    final StationResultService stationResults = new StationResultService(resultRows, stationRows, participationRows,
            elections, tables, data, partyRows, clock);
    final ObservedResultService observedResults = new ObservedResultService(observedRows, visitRows, stationRows,
            participationRows, elections, clock);
    final SampleService samples = new SampleService(sampleRows, missionRows, elections, participationRows, tables, data,
            clock);

    final UUID partyA2023;
    final UUID partyB2023;
    final Mission mission2023;
    final Mission mission2031;

    TabulationFixture() {
        DivisionService divisionService = new DivisionService(divisions, elections, clock);
        divisionService.create(new DivisionDraft("KH", DivisionLevel.COUNTRY, null, LocalizedText.english("Cambodia"), List.of()));
        divisionService.create(new DivisionDraft("KH-6", DivisionLevel.PROVINCE, "KH", LocalizedText.english("Kampong Thom"), List.of()));
        divisionService.create(new DivisionDraft("KH-12", DivisionLevel.PROVINCE, "KH", LocalizedText.english("Phnom Penh"), List.of()));
        ElectionService electionService = new ElectionService(elections, divisions, clock);
        for (LocalDate day : List.of(LocalDate.of(2023, 7, 23), LocalDate.of(2031, 7, 27))) {
            electionService.create(new ElectionDraft("KH", ElectionType.NATIONAL_ASSEMBLY, LocalizedText.english("An election"),
                    day, "Asia/Phnom_Penh", null, null, null, null, null, null, null, null, null, List.of()));
        }
        partyA2023 = participation(KH_2023);
        partyB2023 = participation(KH_2023);
        mission2023 = mission(KH_2023);
        mission2031 = mission(KH_2031);
    }

    UUID participation(String electionId) {
        Participation p = new Participation(UUID.randomUUID(), electionId, UUID.randomUUID(), ParticipationStatus.REGISTERED,
                null, null, List.of(), null, clock.instant(), clock.instant());
        participationRows.insert(p);
        return p.id();
    }

    private Mission mission(String electionId) {
        Mission mission = Mission.create(UUID.randomUUID(), new MissionDraft(UUID.randomUUID(), electionId, "KH",
                LocalizedText.english("Observers"), null, null, List.of(), MissionStatus.ACTIVE, List.of(), List.of(),
                null, List.of(), null, List.of()), LocalDate.of(2023, 7, 1), clock.instant());
        missionRows.insert(mission);
        return mission;
    }

    PollingStation station(String electionId, String divisionId, int registeredVoters) {
        PollingStation station = new PollingStation(UUID.randomUUID(), electionId, UUID.randomUUID(), divisionId,
                Integer.toString(stationRows.hashCode() + frame.size()), registeredVoters, null, null, List.of(),
                clock.instant(), clock.instant());
        stationRows.insert(station);
        frame.add(new FrameStation(station.id(), divisionId, registeredVoters));
        return station;
    }

    /** A visit of the mission at the station, in the given phase. */
    StationVisit visit(Mission mission, PollingStation station, VisitPhase phase) {
        StationVisit visit = new StationVisit(UUID.randomUUID(), mission.id(), station.id(), station.electionId(), List.of(),
                LocalDate.of(2023, 7, 23), null, null, phase, ObservationForm.STANDARD_ID, 1, Map.of(), null, null,
                clock.instant(), clock.instant());
        visitRows.insert(visit);
        return visit;
    }

    ResultFigures figures(long valid, long a, long b) {
        return new ResultFigures(null, null, valid, null, List.of(new PartyVotes(partyA2023, a), new PartyVotes(partyB2023, b)));
    }

    /** The 2023 results table: the national votes of the two parties and the valid votes. */
    void table(long a, long b, long valid) {
        tables.replace(new ElectionResults(KH_2023, ResultsStatus.OFFICIAL, null, List.of(), null,
                List.of(new ResultRow(partyA2023, UUID.randomUUID(), null, a, null), new ResultRow(partyB2023, UUID.randomUUID(), null, b, null)),
                List.of(new ResultTotal(null, valid, null, null)), clock.instant(), clock.instant()));
    }
}
