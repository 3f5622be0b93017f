package org.observa.domain.pollingstation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observa.domain.pollingstation.PollingFixture.KH_2018;
import static org.observa.domain.pollingstation.PollingFixture.KH_2023;
import static org.observa.domain.pollingstation.PollingFixture.fieldsOf;
import static org.observa.domain.pollingstation.PollingFixture.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.ValidationException;

class StationVisitServiceTest {

    private static final LocalDate POLLING_DAY = LocalDate.of(2023, 7, 23);

    private final PollingFixture world = new PollingFixture();
    private final StationVisitService service = world.visits;
    private final PollingStation station = world.stationIn(KH_2023, "1069");
    private final UUID mission = world.mission2023.id();

    /** A visit at the given instants (Phnom Penh is UTC+7). */
    private StationVisitDraft timed(LocalDate visitedOn, String arrivedAt, String departedAt) {
        return new StationVisitDraft(mission, station.id(), List.of("Observer A", "Observer B"), visitedOn,
                arrivedAt == null ? null : Instant.parse(arrivedAt), departedAt == null ? null : Instant.parse(departedAt),
                VisitPhase.COUNTING, null, null, Map.of("COUNTING_PROCEDURES_FOLLOWED", new AnswerValue.Text("YES")),
                VisitAssessment.GOOD, null);
    }

    private void assertRefused(StationVisitDraft draft, FieldError expected) {
        assertThatThrownBy(() -> service.create(draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(expected));
    }

    @Test
    void onlyTheMissionTheStationAndTheDateAreRequired() {
        StationVisit visit = service.create(visit(mission, station.id(), POLLING_DAY));
        assertThat(visit.electionId()).isEqualTo(KH_2023);
        assertThat(visit.observers()).isEmpty();
        assertThat(visit.checklist()).isEmpty();
        assertThat(visit.phase()).isNull();
        assertThat(visit.assessment()).isNull();
        assertThat(service.get(visit.id())).isEqualTo(visit);
    }

    @Test
    void withoutThoseThreeNothingIsRecorded() {
        assertThatThrownBy(() -> service.create(visit(null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e))
                        .containsExactlyInAnyOrder("missionId", "stationId", "visitedOn"));
    }

    @Test
    void aStationOfAnotherElectionThanTheMissionsIsRefused() {
        PollingStation station2018 = world.stationIn(KH_2018, "1069");
        assertRefused(visit(mission, station2018.id(), POLLING_DAY), new FieldError("stationId",
                "is a station of election 'kh-na-2018-07-29', but mission '" + mission
                        + "' observes election 'kh-na-2023-07-23'"));
    }

    @Test
    void unknownMissionsAndStationsAreNamed() {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> service.create(visit(unknown, unknown, POLLING_DAY)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("missionId", "there is no mission '" + unknown + "'"),
                        new FieldError("stationId", "there is no polling station '" + unknown + "'")));
    }

    @Test
    void countingThatRunsPastMidnightIsOnTheDayAfter() {
        // Arrived 21:30 on polling day, left 01:10 the next morning, Phnom Penh time.
        StationVisit visit = service.create(timed(POLLING_DAY, "2023-07-23T14:30:00Z", "2023-07-23T18:10:00Z"));
        assertThat(visit.departedAt()).isEqualTo(Instant.parse("2023-07-23T18:10:00Z"));
        assertThat(service.create(timed(POLLING_DAY.plusDays(1), "2023-07-23T17:05:00Z", null)).visitedOn())
                .isEqualTo(POLLING_DAY.plusDays(1));
    }

    @Test
    void timesAreReadInTheElectionsTimeZone() {
        // 23:30 UTC on the 22nd is 06:30 on polling day in Phnom Penh.
        assertThat(service.create(timed(POLLING_DAY, "2023-07-22T23:30:00Z", null)).arrivedAt())
                .isEqualTo(Instant.parse("2023-07-22T23:30:00Z"));
        assertRefused(timed(POLLING_DAY, "2023-07-22T16:30:00Z", null), new FieldError("arrivedAt",
                "must be on visitedOn 2023-07-23 in the election's time zone Asia/Phnom_Penh, but is on 2023-07-22"));
    }

    @Test
    void aVisitDateAwayFromPollingDayIsRefused() {
        for (LocalDate day : List.of(POLLING_DAY.minusDays(1), POLLING_DAY.plusDays(2))) {
            assertRefused(visit(mission, station.id(), day), new FieldError("visitedOn",
                    "must be polling day 2023-07-23 or the day after (counting past midnight)"));
        }
    }

    @Test
    void aDepartureMoreThanADayAfterPollingDayIsRefused() {
        assertRefused(timed(POLLING_DAY, "2023-07-23T10:00:00Z", "2023-07-24T18:00:00Z"), new FieldError("departedAt",
                "must be on 2023-07-23 or 2023-07-24 in the election's time zone Asia/Phnom_Penh, but is on 2023-07-25"));
        assertRefused(timed(POLLING_DAY.plusDays(1), null, "2023-07-24T18:00:00Z"), new FieldError("departedAt",
                "must be on 2023-07-24 in the election's time zone Asia/Phnom_Penh, but is on 2023-07-25"));
    }

    @Test
    void theDepartureComesAfterTheArrival() {
        assertRefused(timed(POLLING_DAY, "2023-07-23T05:00:00Z", "2023-07-23T04:00:00Z"),
                new FieldError("departedAt", "must be after arrivedAt"));
        assertRefused(timed(POLLING_DAY, "2023-07-23T05:00:00Z", "2023-07-23T05:00:00Z"),
                new FieldError("departedAt", "must be after arrivedAt"));
    }

    @Test
    void observersHaveNames() {
        StationVisitDraft draft = new StationVisitDraft(mission, station.id(), Arrays.asList("Naoto Sakaguchi", " ", null),
                POLLING_DAY, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> service.create(draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e))
                        .containsExactly("observers[1]", "observers[2]"));
    }

    @Test
    void aVisitStaysInItsMissionButMayMoveToAnotherStationOfTheElection() {
        StationVisit visit = service.create(timed(POLLING_DAY, null, null));
        PollingStation other = world.stationIn(KH_2023, "409");
        StationVisitDraft moved = new StationVisitDraft(mission, other.id(), visit.observers(), visit.visitedOn(), null,
                null, visit.phase(), visit.formId(), visit.formVersion(), visit.answers(), VisitAssessment.VERY_GOOD,
                "Corrected station");
        StationVisit updated = service.update(visit, moved);
        assertThat(updated.stationId()).isEqualTo(other.id());
        assertThat(updated.assessment()).isEqualTo(VisitAssessment.VERY_GOOD);

        StationVisitDraft otherMission = new StationVisitDraft(world.mission2018.id(), other.id(), List.of(), POLLING_DAY,
                null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> service.update(updated, otherMission))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly("missionId"));
    }

    @Test
    void anUnchangedDraftChangesNothing() {
        StationVisit visit = service.create(timed(POLLING_DAY, "2023-07-23T02:00:00Z", "2023-07-23T03:00:00Z"));
        assertThat(service.update(visit, visit.draft())).isSameAs(visit);
    }

    @Test
    void aVisitCitedAsEvidenceIsNotDeleted() {
        StationVisit visit = service.create(visit(mission, station.id(), POLLING_DAY));
        world.visitRows.cited.add(visit.id());
        assertThatThrownBy(() -> service.delete(visit)).isInstanceOf(org.observa.domain.shared.ConflictException.class)
                .hasMessageContaining("is cited as evidence by a finding");
        world.visitRows.cited.clear();
        service.delete(visit);
        assertThat(world.visitRows.rows).doesNotContainKey(visit.id());
    }
}
