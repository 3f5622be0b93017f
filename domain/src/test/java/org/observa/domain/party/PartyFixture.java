package org.observa.domain.party;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.observa.domain.mission.InMemoryMissions;
import org.observa.domain.mission.Mission;
import org.observa.domain.mission.MissionStatus;
import org.observa.domain.reference.DivisionDraft;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.reference.DivisionService;
import org.observa.domain.reference.ElectionDraft;
import org.observa.domain.reference.ElectionService;
import org.observa.domain.reference.ElectionType;
import org.observa.domain.reference.InMemoryDivisions;
import org.observa.domain.reference.InMemoryElections;
import org.observa.domain.reference.ResultsStatus;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.ValidationException;

/**
 * The services of the parties module over in-memory stores, with Cambodia (two provinces, a district and
 * the 2023 election of 125 seats), Thailand (a province, an election and a party) and a mission to
 * Cambodia's 2023 election from 13 to 23 July.
 */
class PartyFixture {

    static final String KH_2023 = "kh-na-2023-07-23";
    static final String TH_2023 = "th-na-2023-05-14";

    final Clock clock = Clock.fixed(Instant.parse("2026-11-27T18:00:00.123456789Z"), ZoneOffset.UTC);
    final InMemoryDivisions divisions = new InMemoryDivisions();
    final InMemoryElections elections = new InMemoryElections();
    final InMemoryParties partyRows = new InMemoryParties();
    final InMemoryParticipations participationRows = new InMemoryParticipations();
    final InMemoryElectionResults resultRows = new InMemoryElectionResults();
    final InMemoryCampaignObservations observationRows = new InMemoryCampaignObservations();
    final InMemoryMissions missions = new InMemoryMissions();

    final PartyService parties = new PartyService(partyRows, divisions, participationRows, observationRows, clock);
    final ParticipationService participations =
            new ParticipationService(participationRows, partyRows, elections, resultRows, clock);
    final ElectionResultsService results =
            new ElectionResultsService(resultRows, elections, participationRows, partyRows, divisions, clock);
    final CampaignObservationService observations =
            new CampaignObservationService(observationRows, missions, partyRows, divisions, clock);

    final Mission mission;

    PartyFixture() {
        DivisionService divisionService = new DivisionService(divisions, elections, clock);
        divisionService.create(division("KH", DivisionLevel.COUNTRY, null));
        divisionService.create(division("KH-6", DivisionLevel.PROVINCE, "KH"));
        divisionService.create(division("KH-12", DivisionLevel.PROVINCE, "KH"));
        divisionService.create(division("KH-6-01", DivisionLevel.DISTRICT, "KH-6"));
        divisionService.create(division("TH", DivisionLevel.COUNTRY, null));
        divisionService.create(division("TH-10", DivisionLevel.PROVINCE, "TH"));
        ElectionService electionService = new ElectionService(elections, divisions, clock);
        electionService.create(election("KH", LocalDate.of(2023, 7, 23), 125));
        electionService.create(election("TH", LocalDate.of(2023, 5, 14), 500));
        mission = new Mission(UUID.randomUUID(), UUID.randomUUID(), KH_2023, "KH", LocalizedText.english("A mission"),
                july(13), july(23), july(13), List.of(), MissionStatus.ACTIVE, List.of(), List.of(), null, List.of(),
                null, List.of(), clock.instant(), clock.instant());
        missions.insert(mission);
    }

    static LocalDate july(int day) {
        return LocalDate.of(2023, 7, day);
    }

    static PartyDraft party(String countryId, String name, String abbreviation) {
        return new PartyDraft(countryId, LocalizedText.english(name), abbreviation, null, null, null, null, List.of(),
                null, List.of(), null);
    }

    Party createParty(String name, String abbreviation) {
        return parties.create(party("KH", name, abbreviation));
    }

    static ParticipationDraft participation(UUID partyId, ParticipationStatus status) {
        return new ParticipationDraft(partyId, status, LocalDate.of(2023, 5, 15), null, List.of(), null);
    }

    /** A party of Cambodia, registered for the 2023 election. */
    Participation registered(String name) {
        return participations.create(KH_2023, participation(createParty(name, null).id(), ParticipationStatus.REGISTERED));
    }

    static ElectionResultsDraft table(List<ResultRowDraft> rows, List<ResultTotal> totals) {
        return new ElectionResultsDraft(ResultsStatus.OFFICIAL, LocalDate.of(2023, 8, 5), List.of(), null, rows, totals);
    }

    static ResultRowDraft row(Participation participation, String divisionId, long votes, Integer seats) {
        return new ResultRowDraft(participation.id(), null, divisionId, votes, seats);
    }

    static ResultTotal total(String divisionId, long validVotes) {
        return new ResultTotal(divisionId, validVotes, null, null);
    }

    static List<String> fieldsOf(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    private static DivisionDraft division(String id, DivisionLevel level, String parentId) {
        return new DivisionDraft(id, level, parentId, LocalizedText.english("Name of " + id), List.of());
    }

    private static ElectionDraft election(String countryId, LocalDate pollingDate, int seats) {
        return new ElectionDraft(countryId, ElectionType.NATIONAL_ASSEMBLY, LocalizedText.english("An election"),
                pollingDate, "Asia/Phnom_Penh", null, null, seats, null, null, null, null, null, null, List.of());
    }
}
