package org.observa.domain.tabulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observa.domain.tabulation.TabulationFixture.KH_2023;

import org.junit.jupiter.api.Test;
import org.observa.domain.pollingstation.PollingStation;
import org.observa.domain.pollingstation.StationVisit;
import org.observa.domain.pollingstation.VisitPhase;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.ValidationException;

class ObservedResultServiceTest {

    private final TabulationFixture world = new TabulationFixture();
    private final ObservedResultService service = world.observedResults;

    private ObservedResultDraft copied(StationVisit visit, ResultFigures figures) {
        return new ObservedResultDraft(visit.id(), figures, true, "photo 17", null);
    }

    @Test
    void aSheetIsCopiedOnceAtACountingVisitAndTakesItsMissionStationAndDivision() {
        PollingStation station = world.station(KH_2023, "KH-6", 500);
        StationVisit counting = world.visit(world.mission2023, station, VisitPhase.COUNTING);
        ObservedResult observed = service.create(copied(counting, world.figures(100, 60, 40)));
        assertThat(observed.missionId()).isEqualTo(world.mission2023.id());
        assertThat(observed.divisionId()).isEqualTo("KH-6");
        assertThatThrownBy(() -> service.create(copied(counting, world.figures(100, 60, 40))))
                .isInstanceOf(ConflictException.class);
        StationVisit voting = world.visit(world.mission2023, station, VisitPhase.VOTING);
        assertThatThrownBy(() -> service.create(copied(voting, world.figures(100, 60, 40))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("visitId"));
    }

    @Test
    void onlyStationsWhoseSheetDiffersFromTheOfficialResultAreListedWithEachDifference() {
        PollingStation same = world.station(KH_2023, "KH-6", 500);
        PollingStation differing = world.station(KH_2023, "KH-12", 500);
        PollingStation unofficial = world.station(KH_2023, "KH-12", 500);
        world.stationResults.create(KH_2023, new StationResultDraft(same.id(), world.figures(100, 60, 40)));
        world.stationResults.create(KH_2023, new StationResultDraft(differing.id(), world.figures(100, 60, 40)));
        service.create(copied(world.visit(world.mission2023, same, VisitPhase.COUNTING), world.figures(100, 60, 40)));
        ObservedResult moved = service.create(copied(world.visit(world.mission2023, differing, VisitPhase.COUNTING),
                world.figures(100, 50, 50)));
        service.create(copied(world.visit(world.mission2023, unofficial, VisitPhase.COUNTING), world.figures(1, 1, 0)));

        assertThat(service.discrepancies(KH_2023, null, PageRequest.first(50)).items()).singleElement().satisfies(c -> {
            assertThat(c.observedResultId()).isEqualTo(moved.id());
            assertThat(c.differences()).containsExactlyInAnyOrder(
                    new FigureDifference("votes", world.partyA2023, 50, 60),
                    new FigureDifference("votes", world.partyB2023, 50, 40));
        });
        assertThat(service.discrepancies(KH_2023, "KH-6", PageRequest.first(50)).items()).isEmpty();
    }
}
