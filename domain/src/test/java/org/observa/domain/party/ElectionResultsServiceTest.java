package org.observa.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observa.domain.party.PartyFixture.KH_2023;
import static org.observa.domain.party.PartyFixture.fieldsOf;
import static org.observa.domain.party.PartyFixture.participation;
import static org.observa.domain.party.PartyFixture.row;
import static org.observa.domain.party.PartyFixture.table;
import static org.observa.domain.party.PartyFixture.total;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observa.domain.reference.ResultsStatus;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.ValidationException;

class ElectionResultsServiceTest {

    private final PartyFixture world = new PartyFixture();
    private final ElectionResultsService service = world.results;
    private final Participation cpp = world.registered("Cambodian People's Party");
    private final Participation funcinpec = world.registered("FUNCINPEC");

    private Participation withStatus(String name, ParticipationStatus status) {
        return world.participations.create(KH_2023, participation(world.createParty(name, null).id(), status));
    }

    @Test
    void aWholeTableIsStoredAndReadBackInItsOrder() {
        ElectionResults stored = service.create(KH_2023, table(
                List.of(row(cpp, null, 6_398_311, 120), row(funcinpec, null, 716_490, 5), row(cpp, "KH-12", 1000, null)),
                List.of(new ResultTotal(null, 7_774_276L, 440_154L, 9_710_655L))));
        assertThat(service.get(KH_2023)).isEqualTo(stored);
        assertThat(stored.rows()).containsExactly(
                new ResultRow(cpp.id(), cpp.partyId(), null, 6_398_311, 120),
                new ResultRow(funcinpec.id(), funcinpec.partyId(), null, 716_490, 5),
                new ResultRow(cpp.id(), cpp.partyId(), "KH-12", 1000, null));
    }

    @Test
    void aRowMayNameThePartyInsteadOfTheParticipation() {
        ElectionResults stored = service.create(KH_2023, table(
                List.of(new ResultRowDraft(null, funcinpec.partyId(), null, 716_490L, 5),
                        new ResultRowDraft(cpp.id(), cpp.partyId(), null, 6_398_311L, 120)), List.of()));
        assertThat(stored.rows()).extracting(ResultRow::participationId).containsExactly(funcinpec.id(), cpp.id());
    }

    @Test
    void anElectionWithoutResultsHasNoTable() {
        assertThatThrownBy(() -> service.get(KH_2023)).isInstanceOf(NotFoundException.class)
                .hasMessage("There is no results table of election '" + KH_2023 + "'.");
        assertThatThrownBy(() -> service.findForUpdate("kh-na-2099-01-01")).isInstanceOf(NotFoundException.class)
                .hasMessage("There is no election 'kh-na-2099-01-01'.");
    }

    @Test
    void everyBadRowIsReportedAtOnceAndNothingIsStored() {
        Participation rejected = withStatus("Candlelight Party", ParticipationStatus.REJECTED);
        Party outsider = world.createParty("Not running", null);
        UUID unknown = UUID.randomUUID();
        ElectionResultsDraft bad = table(List.of(
                row(cpp, null, 6_398_311, 120),
                row(rejected, null, 100, null),
                row(funcinpec, null, -1, -2),
                row(funcinpec, "TH-10", 5, null),
                row(cpp, null, 7, null),
                new ResultRowDraft(null, outsider.id(), null, 1L, null),
                new ResultRowDraft(unknown, null, null, null, null),
                new ResultRowDraft(null, null, "KH-99", 1L, null)), List.of());
        assertThatThrownBy(() -> service.create(KH_2023, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("rows[1].participationId", "is REJECTED in election '" + KH_2023
                                + "': only REGISTERED participations get results"),
                        new FieldError("rows[2].votes", "must not be negative"),
                        new FieldError("rows[2].seats", "must not be negative"),
                        new FieldError("rows[3].divisionId", "is in 'TH', not in the election's country 'KH'"),
                        new FieldError("rows[4]", "repeats the participation and division of rows[0]: give one row per"
                                + " participation and division"),
                        new FieldError("rows[5].partyId", "party '" + outsider.id() + "' has no participation in election '"
                                + KH_2023 + "'; record its participation first"),
                        new FieldError("rows[6].participationId", "there is no participation '" + unknown
                                + "' in election '" + KH_2023 + "'"),
                        new FieldError("rows[6].votes", "must not be null"),
                        new FieldError("rows[7].participationId",
                                "must not be null: name the participation, or its party in partyId"),
                        new FieldError("rows[7].divisionId", "there is no division 'KH-99'")));
        assertThat(world.resultRows.rows).isEmpty();
    }

    @Test
    void aRowForTheWrongPartyOfAParticipationIsRefused() {
        ElectionResultsDraft mixedUp = table(List.of(new ResultRowDraft(cpp.id(), funcinpec.partyId(), null, 1L, null)),
                List.of());
        assertThatThrownBy(() -> service.create(KH_2023, mixedUp))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e))
                        .containsExactly("rows[0].partyId"));
    }

    @Test
    void theSeatsOfTheCountryCannotExceedTheElectionsSeats() {
        assertThatThrownBy(() -> service.create(KH_2023, table(
                List.of(row(cpp, null, 600, 120), row(funcinpec, null, 100, 6)), List.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("rows", "the seats add up to 126 nationally, more than the election's 125 seats")));
        assertThat(service.create(KH_2023, table(List.of(row(cpp, null, 600, 120), row(funcinpec, null, 100, 5)),
                List.of())).rows()).hasSize(2);
    }

    @Test
    void divisionSeatsCountForTheCountryWhenAPartyHasNoNationalRow() {
        assertThatThrownBy(() -> service.create(KH_2023, table(
                List.of(row(cpp, "KH-6", 600, 100), row(cpp, "KH-12", 300, 26)), List.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly("rows"));
    }

    @Test
    void divisionRowsAreOfTheElectionsCountryAndOfOneLevel() {
        assertThatThrownBy(() -> service.create(KH_2023, table(
                List.of(row(cpp, "KH-6", 600, null), row(funcinpec, "KH-6-01", 100, null), row(funcinpec, "KH", 1, null)),
                List.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("rows[1].divisionId", "is a DISTRICT, but rows[0] is of a PROVINCE: the division"
                                + " rows of a table are all of one level, so that none is counted twice"),
                        new FieldError("rows[2].divisionId",
                                "must be left out for the national figures: 'KH' is the country itself")));
    }

    @Test
    void totalsAreOnePerAreaNotNegativeAndHoldTheRowsVotes() {
        assertThatThrownBy(() -> service.create(KH_2023, table(List.of(row(cpp, null, 600, null)),
                List.of(total(null, 1000), new ResultTotal(null, -1L, -1L, -1L), new ResultTotal("TH-10", null, null, null)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("totals[1].validVotes", "must not be negative"),
                        new FieldError("totals[1].invalidVotes", "must not be negative"),
                        new FieldError("totals[1].registeredVoters", "must not be negative"),
                        new FieldError("totals[1]", "repeats the area of totals[0]: give one total per area"),
                        new FieldError("totals[2].validVotes", "must not be null"),
                        new FieldError("totals[2].divisionId", "is in 'TH', not in the election's country 'KH'")));
        assertThatThrownBy(() -> service.create(KH_2023, table(
                List.of(row(cpp, null, 600, null), row(cpp, "KH-6", 80, null), row(funcinpec, "KH-6", 30, null)),
                List.of(total(null, 599), total("KH-6", 100)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("totals[1].validVotes", "is 100, fewer than the 110 votes the rows give in 'KH-6'"),
                        new FieldError("totals[0].validVotes", "is 599, fewer than the 630 votes the rows give nationally")));
    }

    @Test
    void resultsAreNotAnnouncedBeforePollingDayAndHaveAStatus() {
        ElectionResultsDraft early = new ElectionResultsDraft(null, LocalDate.of(2023, 7, 22), List.of(), " ", List.of(),
                List.of());
        assertThatThrownBy(() -> service.create(KH_2023, early))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                        new FieldError("status", "must not be null"),
                        new FieldError("notes", "must not be blank; leave it out instead"),
                        new FieldError("announcedOn", "cannot be before the election's polling date 2023-07-23")));
    }

    @Test
    void aReplacementKeepsTheCreationTimeAndTheSameFiguresChangeNothing() {
        ElectionResults first = service.create(KH_2023, table(List.of(row(cpp, null, 600, 120)), List.of()));
        ElectionResultsService later = new ElectionResultsService(world.resultRows, world.elections,
                world.participationRows, world.partyRows, world.divisions,
                Clock.fixed(first.updatedAt().plusSeconds(60), ZoneOffset.UTC));
        assertThat(later.replace(first, table(List.of(row(cpp, null, 600, 120)), List.of()))).isSameAs(first);
        ElectionResults preliminary = later.replace(first, new ElectionResultsDraft(ResultsStatus.PRELIMINARY, null,
                List.of(), null, List.of(row(cpp, null, 601, 120)), List.of()));
        assertThat(preliminary.createdAt()).isEqualTo(first.createdAt());
        assertThat(preliminary.updatedAt()).isEqualTo(first.updatedAt().plusSeconds(60));
        assertThat(service.get(KH_2023)).isEqualTo(preliminary);
    }

    @Test
    void theViewNamesThePartiesAndComputesTheShares() {
        ElectionResults stored = service.create(KH_2023, table(
                List.of(row(cpp, null, 6_398_311, 120), row(funcinpec, null, 716_490, 5), row(cpp, "KH-6", 10, null)),
                List.of(total(null, 7_774_276))));
        ElectionResultsView byParty = service.view(stored, ResultsGrouping.PARTY);
        assertThat(byParty.national().parties()).extracting(PartyTally::voteShare)
                .containsExactly(new BigDecimal("82.3"), new BigDecimal("9.2"));
        assertThat(byParty.parties().get(cpp.partyId()).name().english()).isEqualTo("Cambodian People's Party");
        assertThat(byParty.divisions()).isEmpty();
        ElectionResultsView byDivision = service.view(stored, ResultsGrouping.DIVISION);
        assertThat(byDivision.divisions()).extracting(AreaResults::divisionId).containsExactly("KH-6");
        assertThat(byDivision.divisionsById().get("KH-6").name().english()).isEqualTo("Name of KH-6");
    }

    @Test
    void aDeletedTableIsGone() {
        ElectionResults stored = service.create(KH_2023, table(List.of(row(cpp, null, 600, 120)), List.of()));
        service.delete(stored);
        assertThat(world.resultRows.rows).isEmpty();
    }
}
