package org.observa.domain.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observa.domain.recommendation.ImplementationStatus.FULLY_IMPLEMENTED;
import static org.observa.domain.recommendation.ImplementationStatus.NOT_ASSESSED;
import static org.observa.domain.recommendation.ImplementationStatus.NOT_IMPLEMENTED;
import static org.observa.domain.recommendation.ImplementationStatus.NO_LONGER_RELEVANT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CurrentStatusTest {

    private static Assessment on(String day, ImplementationStatus status) {
        return new Assessment(UUID.randomUUID(), UUID.randomUUID(), LocalDate.parse(day), null, UUID.randomUUID(), status,
                null, List.of(), Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void withoutAssessmentsARecommendationIsNotAssessed() {
        assertThat(CurrentStatus.of(List.of())).isEqualTo(NOT_ASSESSED);
    }

    @Test
    void theLatestAssessedWinsWhateverTheOrderOfRecording() {
        assertThat(CurrentStatus.of(List.of(on("2023-07-23", FULLY_IMPLEMENTED), on("2018-07-29", NOT_IMPLEMENTED))))
                .isEqualTo(FULLY_IMPLEMENTED);
        assertThat(CurrentStatus.of(List.of(on("2018-07-29", NOT_IMPLEMENTED), on("2023-07-23", FULLY_IMPLEMENTED))))
                .isEqualTo(FULLY_IMPLEMENTED);
    }

    @Test
    void ofTwoAssessedTheSameDayTheOneRecordedLastWins() {
        assertThat(CurrentStatus.of(List.of(on("2023-07-23", NOT_IMPLEMENTED), on("2023-07-23", NO_LONGER_RELEVANT),
                on("2020-01-01", FULLY_IMPLEMENTED)))).isEqualTo(NO_LONGER_RELEVANT);
    }
}
