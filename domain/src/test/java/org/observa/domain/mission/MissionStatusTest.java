package org.observa.domain.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observa.domain.mission.MissionStatus.ACTIVE;
import static org.observa.domain.mission.MissionStatus.ARCHIVED;
import static org.observa.domain.mission.MissionStatus.PLANNED;
import static org.observa.domain.mission.MissionStatus.REPORTED;

import org.junit.jupiter.api.Test;

class MissionStatusTest {

    @Test
    void aMissionMovesForwardOneStepOrMore() {
        assertThat(PLANNED.canMoveTo(ACTIVE)).isTrue();
        assertThat(ACTIVE.canMoveTo(REPORTED)).isTrue();
        assertThat(REPORTED.canMoveTo(ARCHIVED)).isTrue();
        assertThat(PLANNED.canMoveTo(REPORTED)).isTrue();
    }

    @Test
    void stayingPutIsAllowed() {
        for (MissionStatus status : MissionStatus.values()) {
            assertThat(status.canMoveTo(status)).isTrue();
        }
    }

    @Test
    void itNeverMovesBackExceptFromArchivedToReported() {
        assertThat(ACTIVE.canMoveTo(PLANNED)).isFalse();
        assertThat(REPORTED.canMoveTo(ACTIVE)).isFalse();
        assertThat(ARCHIVED.canMoveTo(ACTIVE)).isFalse();
        assertThat(ARCHIVED.canMoveTo(PLANNED)).isFalse();
        assertThat(ARCHIVED.canMoveTo(REPORTED)).isTrue();
    }
}
