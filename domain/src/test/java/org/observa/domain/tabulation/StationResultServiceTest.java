package org.observa.domain.tabulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observa.domain.tabulation.TabulationFixture.KH_2023;
import static org.observa.domain.tabulation.TabulationFixture.KH_2031;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observa.domain.pollingstation.PollingStation;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.ValidationException;

class StationResultServiceTest {

    private final TabulationFixture world = new TabulationFixture();
    private final StationResultService service = world.stationResults;

    @Test
    void aStationHasOneOfficialResultInItsOwnElectionAndDivision() {
        PollingStation station = world.station(KH_2023, "KH-6", 500);
        StationResult result = service.create(KH_2023, new StationResultDraft(station.id(), world.figures(100, 60, 40)));
        assertThat(result.divisionId()).isEqualTo("KH-6");
        assertThat(result.flags()).isEmpty();
        assertThatThrownBy(() -> service.create(KH_2023, new StationResultDraft(station.id(), world.figures(1, 1, 0))))
                .isInstanceOf(ConflictException.class);
        PollingStation elsewhere = world.station(KH_2031, "KH-6", 500);
        assertThatThrownBy(() -> service.create(KH_2023, new StationResultDraft(elsewhere.id(), world.figures(1, 1, 0))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("stationId"));
    }

    @Test
    void votesMustBeOfTheElectionsParticipations() {
        PollingStation station = world.station(KH_2031, "KH-6", 500);
        assertThatThrownBy(() -> service.create(KH_2031, new StationResultDraft(station.id(), world.figures(100, 60, 40))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("votes[0].participationId", "votes[1].participationId"));
    }

    @Test
    void sumsPerProvinceAreComparedWithTheResultsTableAndCachedUnderTheDataVersion() {
        service.create(KH_2023, new StationResultDraft(world.station(KH_2023, "KH-6", 500).id(), world.figures(100, 60, 40)));
        service.create(KH_2023, new StationResultDraft(world.station(KH_2023, "KH-12", 500).id(), world.figures(80, 20, 60)));
        world.table(85, 95, 180);

        ResultTotals totals = service.totals(KH_2023, null);
        assertThat(totals.level()).isEqualTo(DivisionLevel.PROVINCE);
        assertThat(totals.divisions()).extracting(DivisionResultTotals::divisionId).containsExactly("KH-12", "KH-6");
        assertThat(totals.divisions().get(1).sums().votes()).containsEntry(world.partyA2023, 60L);
        assertThat(totals.divisions().get(1).inResultsTable()).isFalse();
        assertThat(totals.totals().sums().validVotes()).isEqualTo(180);
        assertThat(totals.totals().inResultsTable()).isTrue();
        assertThat(totals.totals().differences()).containsExactlyInAnyOrder(
                new TableDifference("votes", world.partyA2023, 80, 85),
                new TableDifference("votes", world.partyB2023, 100, 95));

        service.totals(KH_2023, null);
        assertThat(world.resultRows.summed).isEqualTo(1);
        world.dataVersion++;
        service.totals(KH_2023, null);
        assertThat(world.resultRows.summed).isEqualTo(2);
    }

    @Test
    void withoutStationResultsNothingIsComparedWithTheResultsTable() {
        world.table(85, 95, 180);
        ResultTotals totals = service.totals(KH_2023, null);
        assertThat(totals.totals().inResultsTable()).isTrue();
        assertThat(totals.totals().differences()).isEmpty();
    }

    @Test
    void aCorrectionReplacesTheFiguresAndTheSameFiguresChangeNothing() {
        PollingStation station = world.station(KH_2023, "KH-6", 500);
        StationResult result = service.create(KH_2023, new StationResultDraft(station.id(), world.figures(100, 70, 40)));
        assertThat(result.flags()).containsExactly(ResultFlag.VOTES_DO_NOT_ADD_UP);
        ResultFigures reordered = new ResultFigures(null, null, 100L, null,
                List.of(new PartyVotes(world.partyB2023, 40L), new PartyVotes(world.partyA2023, 70L)));
        assertThat(service.update(result, new StationResultDraft(station.id(), reordered))).isSameAs(result);
        StationResult corrected = service.update(result, new StationResultDraft(station.id(), world.figures(110, 70, 40)));
        assertThat(corrected.flags()).isEmpty();
        assertThatThrownBy(() -> service.update(corrected, new StationResultDraft(world.station(KH_2023, "KH-6", 1).id(),
                world.figures(110, 70, 40)))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("stationId"));
    }
}
