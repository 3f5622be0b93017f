package org.observa.domain.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observa.domain.mission.MissionFixture.KH_2023;
import static org.observa.domain.mission.MissionFixture.TH_2023;
import static org.observa.domain.mission.MissionFixture.fieldsOf;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.ValidationException;

class MissionServiceTest {

    private final MissionFixture world = new MissionFixture();
    private final MissionService service = world.missions;

    private static MissionDraft with(MissionDraft d, String electionId, String countryId, List<String> areas) {
        return new MissionDraft(d.organizationId(), electionId, countryId, d.title(), d.startDate(), d.endDate(),
                d.objectives(), d.status(), d.teamMembers(), areas, d.background(), d.sources(), d.notes(),
                d.observationFormIds());
    }

    private static MissionDraft withDates(MissionDraft d, LocalDate start, LocalDate end) {
        return new MissionDraft(d.organizationId(), d.electionId(), d.countryId(), d.title(), start, end,
                d.objectives(), d.status(), d.teamMembers(), d.deploymentAreaIds(), d.background(), d.sources(),
                d.notes(), d.observationFormIds());
    }

    @Test
    void aNewMissionWithoutStatusIsPlannedAndListedUnderItsStartDate() {
        Mission mission = service.create(world.mission());
        assertThat(mission.status()).isEqualTo(MissionStatus.PLANNED);
        assertThat(mission.sortDate()).isEqualTo(LocalDate.of(2023, 7, 13));
        assertThat(service.get(mission.id())).isEqualTo(mission);
    }

    @Test
    void aMissionWithoutDatesIsListedUnderItsElectionsPollingDay() {
        Mission mission = service.create(world.mission(null, null).withStatus(MissionStatus.ARCHIVED));
        assertThat(mission.startDate()).isNull();
        assertThat(mission.sortDate()).isEqualTo(LocalDate.of(2023, 7, 23));
        assertThat(mission.status()).isEqualTo(MissionStatus.ARCHIVED);
    }

    @Test
    void theEndIsNotBeforeTheStart() {
        assertThatThrownBy(() -> service.create(world.mission(LocalDate.of(2023, 7, 23), LocalDate.of(2023, 7, 13))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("endDate", "cannot be before startDate")));
    }

    @Test
    void theElectionMustBeInTheMissionsCountry() {
        assertThatThrownBy(() -> service.create(with(world.mission(), TH_2023, "KH", List.of("KH-6"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("electionId", "is an election in 'TH', not in the mission's country 'KH'")));
    }

    @Test
    void deploymentAreasMustBeDivisionsOfTheMissionsCountryEachNamedOnce() {
        MissionDraft draft = with(world.mission(), KH_2023, "KH", List.of("KH-6", "TH-10", "KH-99", "KH-6"));
        assertThatThrownBy(() -> service.create(draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("deploymentAreaIds[1]", "is in 'TH', not in the mission's country 'KH'"),
                        new FieldError("deploymentAreaIds[2]", "there is no division 'KH-99'"),
                        new FieldError("deploymentAreaIds[3]", "appears twice")));
    }

    @Test
    void theOrganizationElectionAndCountryMustExist() {
        MissionDraft d = world.mission();
        MissionDraft draft = new MissionDraft(UUID.randomUUID(), "kh-na-1900-01-01", "KH-6", d.title(), null, null,
                List.of(), null, List.of(), List.of(), null, List.of(), null, List.of());
        assertThatThrownBy(() -> service.create(draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e))
                        .containsExactlyInAnyOrder("organizationId", "countryId", "electionId"));
    }

    @Test
    void textsAndTeamMembersAreChecked() {
        MissionDraft d = world.mission();
        MissionDraft draft = new MissionDraft(d.organizationId(), d.electionId(), d.countryId(), null, null, null,
                List.of(LocalizedText.english(" ")), null, List.of(new TeamMember("", null)), List.of(),
                new LocalizedText(java.util.Map.of("km", "x")), List.of(), "", List.of());
        assertThatThrownBy(() -> service.create(draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactlyInAnyOrder(
                        "title", "objectives[0].en", "teamMembers[0].name", "teamMembers[0].role", "background.en",
                        "notes"));
    }

    @Test
    void theStatusMovesForwardAndBackOnlyFromArchivedToReported() {
        Mission planned = service.create(world.mission());
        Mission reported = service.update(planned, planned.draft().withStatus(MissionStatus.REPORTED));
        assertThat(reported.status()).isEqualTo(MissionStatus.REPORTED);
        assertThatThrownBy(() -> service.update(reported, reported.draft().withStatus(MissionStatus.ACTIVE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("status", "cannot go from REPORTED to ACTIVE: a mission moves PLANNED, ACTIVE, "
                                + "REPORTED, ARCHIVED, only forward, and from ARCHIVED back to REPORTED")));
        Mission archived = service.update(reported, reported.draft().withStatus(MissionStatus.ARCHIVED));
        assertThat(service.update(archived, archived.draft().withStatus(MissionStatus.REPORTED)).status())
                .isEqualTo(MissionStatus.REPORTED);
    }

    @Test
    void theOrganizationAndCountryAreFixed() {
        Mission mission = service.create(world.mission());
        Organization other = world.organizations.create(
                MissionFixture.organization("Other", OrganizationClassification.OBSERVER_GROUP, null));
        MissionDraft d = mission.draft();
        MissionDraft moved = new MissionDraft(other.id(), TH_2023, "TH", d.title(), d.startDate(), d.endDate(),
                d.objectives(), d.status(), d.teamMembers(), List.of(), d.background(), d.sources(), d.notes(),
                d.observationFormIds());
        assertThatThrownBy(() -> service.update(mission, moved))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e))
                        .containsExactlyInAnyOrder("organizationId", "countryId", "electionId"));
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheRecordAsItWas() {
        Mission mission = service.create(world.mission());
        assertThat(service.update(mission, mission.draft())).isSameAs(mission);
    }

    @Test
    void aNewStartDateMovesTheMissionInTheList() {
        Mission mission = service.create(world.mission(null, null));
        Mission dated = service.update(mission, withDates(mission.draft(), LocalDate.of(2023, 7, 1), null));
        assertThat(dated.sortDate()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(dated.createdAt()).isEqualTo(mission.createdAt());
    }

    @Test
    void newDatesMustStillHoldTheEngagementsWithADaysMargin() {
        Mission mission = service.create(world.mission());
        world.engagements.create(mission.id(), MissionFixture.engagement(LocalDate.of(2023, 7, 14), LocalDate.of(2023, 7, 21)));

        Mission narrowed = service.update(mission, withDates(mission.draft(), LocalDate.of(2023, 7, 15), LocalDate.of(2023, 7, 20)));
        assertThat(narrowed.startDate()).isEqualTo(LocalDate.of(2023, 7, 15));

        assertThatThrownBy(() -> service.update(narrowed,
                withDates(narrowed.draft(), LocalDate.of(2023, 7, 16), LocalDate.of(2023, 7, 19))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("startDate", "must be on or before 2023-07-15: an engagement of this mission begins on 2023-07-14"),
                        new FieldError("endDate", "must be on or after 2023-07-20: an engagement of this mission ends on 2023-07-21")));
    }

    @Test
    void aReportedMissionWithRecordsIsNotDeleted() {
        Mission mission = service.create(world.mission().withStatus(MissionStatus.REPORTED));
        world.findings.create(mission.id(), MissionFixture.finding(List.of()));
        assertThatThrownBy(() -> service.delete(mission)).isInstanceOf(ConflictException.class)
                .hasMessage("Mission '" + mission.id() + "' is REPORTED and has engagements or findings; delete those first.");
        assertThat(world.missionRows.rows).containsKey(mission.id());
        assertThat(world.findingRows.rows).isNotEmpty();
    }

    @Test
    void aReportedMissionWithoutRecordsIsDeleted() {
        Mission mission = service.create(world.mission().withStatus(MissionStatus.REPORTED));
        service.delete(mission);
        assertThatThrownBy(() -> service.get(mission.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deletingAMissionDeletesItsEngagementsAndFindingsOnly() {
        Mission active = service.create(world.mission().withStatus(MissionStatus.ACTIVE));
        Mission other = service.create(world.mission());
        world.engagements.create(active.id(), MissionFixture.engagement(LocalDate.of(2023, 7, 14), null));
        world.findings.create(active.id(), MissionFixture.finding(List.of()));
        Engagement kept = world.engagements.create(other.id(), MissionFixture.engagement(LocalDate.of(2023, 7, 14), null));

        service.delete(active);

        assertThat(world.missionRows.rows).containsOnlyKeys(other.id());
        assertThat(world.engagementRows.rows).containsOnlyKeys(kept.id());
        assertThat(world.findingRows.rows).isEmpty();
    }
}
