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

    /** Counts the aggregates it computes; its version is whatever the test sets. */
    private static final class CountingStats implements ObservationStatsRepository {

        long version = 1;
        int computed;
        ObservationStatsQuery lastQuery;

        @Override
        public long version(String electionId) {
            return version;
        }

        @Override
        public ObservationStats aggregate(String countryId, ObservationStatsQuery query) {
            computed++;
            lastQuery = query;
            ObservationCounts none = new ObservationCounts(0, 0, 0, Map.of(), 0, Map.of());
            return new ObservationStats(query.electionId(), query.level(), query.missionId(),
                    List.of(new DivisionObservation(countryId + "-6", none)), none);
        }
    }

    private final PollingFixture world = new PollingFixture();
    private final CountingStats stats = new CountingStats();
    private final ObservationStatsService service = new ObservationStatsService(world.elections, stats);

    @Test
    void theCountrysFirstLevelIsTheDefaultGrouping() {
        ObservationStats result = service.byDivision(PollingFixture.KH_2023, null, null);
        assertThat(result.level()).isEqualTo(DivisionLevel.PROVINCE);
        assertThat(result.divisions()).extracting(DivisionObservation::divisionId).containsExactly("KH-6");
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
