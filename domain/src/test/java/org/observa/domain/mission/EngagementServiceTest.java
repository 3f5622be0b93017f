package org.observa.domain.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observa.domain.mission.MissionFixture.engagement;
import static org.observa.domain.mission.MissionFixture.fieldsOf;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.ValidationException;

class EngagementServiceTest {

    private final MissionFixture world = new MissionFixture();
    private final EngagementService service = world.engagements;
    private final Mission mission = world.missions.create(world.mission());

    private static LocalDate july(int day) {
        return LocalDate.of(2023, 7, day);
    }

    @Test
    void anEngagementWithinTheMissionIsRecordedInIt() {
        Engagement meeting = service.create(mission.id(), engagement(july(13), july(21)));
        assertThat(meeting.missionId()).isEqualTo(mission.id());
        assertThat(service.get(mission.id(), meeting.id())).isEqualTo(meeting);
    }

    @Test
    void aDayEitherSideOfTheMissionIsAllowed() {
        assertThat(service.create(mission.id(), engagement(july(12), null)).startDate()).isEqualTo(july(12));
        assertThat(service.create(mission.id(), engagement(july(23), july(24))).endDate()).isEqualTo(july(24));
    }

    @Test
    void twoDaysOutsideTheMissionIsRefused() {
        assertThatThrownBy(() -> service.create(mission.id(), engagement(july(11), july(12))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("startDate", "must be on or after 2023-07-12: the mission starts on 2023-07-13 (one day's margin)")));
        assertThatThrownBy(() -> service.create(mission.id(), engagement(july(20), july(25))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("endDate", "must be on or before 2023-07-24: the mission ends on 2023-07-23 (one day's margin)")));
        assertThatThrownBy(() -> service.create(mission.id(), engagement(july(25), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly("startDate"));
    }

    @Test
    void aMissionWithoutDatesTakesEngagementsOnAnyDay() {
        Mission undated = world.missions.create(world.mission(null, null));
        assertThat(service.create(undated.id(), engagement(LocalDate.of(2002, 1, 1), null)).startDate())
                .isEqualTo(LocalDate.of(2002, 1, 1));
    }

    @Test
    void theEndIsNotBeforeTheStart() {
        assertThatThrownBy(() -> service.create(mission.id(), engagement(july(20), july(19))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("endDate", "cannot be before startDate")));
    }

    @Test
    void thePlaceIsInTheMissionsCountryAndTheCounterpartExists() {
        UUID nobody = UUID.randomUUID();
        EngagementDraft abroad = new EngagementDraft(EngagementKind.BRIEFING, july(14), null, "TH-10", " ", nobody,
                List.of(new PersonMet(" ", "Ambassador")), null);
        assertThatThrownBy(() -> service.create(mission.id(), abroad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                        new FieldError("divisionId", "is in 'TH', not in the mission's country 'KH'"),
                        new FieldError("counterpartId", "there is no organization '" + nobody + "'"),
                        new FieldError("place", "must not be blank; leave it out instead"),
                        new FieldError("peopleMet[0].name", "must not be blank"),
                        new FieldError("summary", "must not be null")));
    }

    @Test
    void anEngagementOfAnotherMissionIsNotFoundHere() {
        Mission other = world.missions.create(world.mission());
        Engagement meeting = service.create(other.id(), engagement(july(14), null));
        assertThatThrownBy(() -> service.get(mission.id(), meeting.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("There is no engagement '" + meeting.id() + "'.");
        assertThatThrownBy(() -> service.getForUpdate(mission.id(), meeting.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUnknownMissionIsNotFound() {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> service.create(unknown, engagement(july(14), null))).isInstanceOf(NotFoundException.class)
                .hasMessage("There is no mission '" + unknown + "'.");
        assertThatThrownBy(() -> service.list(new EngagementQuery(unknown, null, null),
                PageRequest.first(10))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUpdateIsCheckedAgainstTheMissionAndKeepsItsPlace() {
        Engagement meeting = service.create(mission.id(), engagement(july(14), null));
        assertThatThrownBy(() -> service.update(meeting, engagement(july(1), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly("startDate"));
        EngagementDraft d = meeting.draft();
        Engagement moved = service.update(meeting, new EngagementDraft(EngagementKind.INTERVIEW, d.startDate(), d.endDate(),
                d.divisionId(), d.place(), d.counterpartId(), d.peopleMet(), LocalizedText.english("An interview")));
        assertThat(moved.missionId()).isEqualTo(mission.id());
        assertThat(moved.kind()).isEqualTo(EngagementKind.INTERVIEW);
        assertThat(service.update(moved, moved.draft())).isSameAs(moved);
    }
}
