package org.observa.domain.pollingstation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.ValidationException;

class ObservationStatsServiceTest {

    /** Counts the tallies it computes; its version and its divisions are whatever the test sets. */
    private static final class CountingStats implements ObservationStatsRepository {

        long version = 1;
        List<String> divisions = List.of("KH-1", "KH-6");
        int computed;
        ObservationStatsQuery lastQuery;

        @Override
        public long version(String electionId) {
            return version;
        }

        @Override
        public List<String> divisionsAt(String countryId, DivisionLevel level) {
            return divisions;
        }

        @Override
        public ObservationTally tally(ObservationStatsQuery query) {
            computed++;
            lastQuery = query;
            return new ObservationTally(Map.of("KH-6", THREE_STATIONS), THREE_STATIONS);
        }

        @Override
        public FormTally formTally(FormStatsQuery query) {
            computed++;
            return new FormTally(Map.of("KH-6", new FormCounts(2, Map.of("COUNTING_PROCEDURES_FOLLOWED",
                    new QuestionCounts(2, Map.of("YES", 2L), null)))), FormCounts.NONE);
        }
    }

    private static final ObservationCounts THREE_STATIONS = new ObservationCounts(3, 0, 0, Map.of(), 0, Map.of());

    private final PollingFixture world = new PollingFixture();
    private final CountingStats stats = new CountingStats();
    private final ObservationStatsService service = new ObservationStatsService(world.elections, stats, world.forms);

    @Test
    void theCountrysFirstLevelIsTheDefaultGrouping() {
        ObservationStats result = service.byDivision(PollingFixture.KH_2023, null, null);
        assertThat(result.level()).isEqualTo(DivisionLevel.PROVINCE);
    }

    @Test
    void everyDivisionOfTheLevelIsARowThoseWithoutStationsWithZeros() {
        ObservationStats result = service.byDivision(PollingFixture.KH_2023, null, null);
        assertThat(result.divisions()).containsExactly(new DivisionObservation("KH-1", ObservationCounts.none()),
                new DivisionObservation("KH-6", THREE_STATIONS));
        assertThat(result.totals()).isEqualTo(THREE_STATIONS);
    }

    @Test
    void aDivisionAddedShowsWithoutANewTally() {
        service.byDivision(PollingFixture.KH_2023, null, null);
        stats.divisions = List.of("KH-1", "KH-6", "KH-26");
        assertThat(service.byDivision(PollingFixture.KH_2023, null, null).divisions()).hasSize(3);
        assertThat(stats.computed).isEqualTo(1);
    }

    @Test
    void theSameVersionIsComputedOnceAndANewVersionAgain() {
        service.byDivision(PollingFixture.KH_2023, DivisionLevel.DISTRICT, null);
        service.byDivision(PollingFixture.KH_2023, DivisionLevel.DISTRICT, null);
        assertThat(stats.computed).isEqualTo(1);

        stats.version = 2;
        service.byDivision(PollingFixture.KH_2023, DivisionLevel.DISTRICT, null);
        assertThat(stats.computed).isEqualTo(2);
    }

    @Test
    void eachLevelAndMissionIsItsOwnResult() {
        UUID mission = world.mission2023.id();
        service.byDivision(PollingFixture.KH_2023, DivisionLevel.PROVINCE, null);
        service.byDivision(PollingFixture.KH_2023, DivisionLevel.PROVINCE, mission);
        assertThat(stats.computed).isEqualTo(2);
        assertThat(stats.lastQuery).isEqualTo(new ObservationStatsQuery(PollingFixture.KH_2023, DivisionLevel.PROVINCE, mission));
    }

    @Test
    void anUnknownElectionIsNotFound() {
        assertThatThrownBy(() -> service.byDivision("kh-na-1900-01-01", null, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theCountryIsNoGrouping() {
        assertThatThrownBy(() -> service.byDivision(PollingFixture.KH_2023, DivisionLevel.COUNTRY, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("level"));
    }
}
