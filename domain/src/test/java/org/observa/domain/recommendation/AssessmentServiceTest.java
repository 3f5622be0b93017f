package org.observa.domain.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observa.domain.recommendation.ImplementationStatus.FULLY_IMPLEMENTED;
import static org.observa.domain.recommendation.ImplementationStatus.NOT_ASSESSED;
import static org.observa.domain.recommendation.ImplementationStatus.NOT_IMPLEMENTED;
import static org.observa.domain.recommendation.ImplementationStatus.PARTIALLY_IMPLEMENTED;
import static org.observa.domain.recommendation.RecommendationFixture.assessment;
import static org.observa.domain.recommendation.RecommendationFixture.draft;
import static org.observa.domain.recommendation.RecommendationFixture.fieldsOf;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observa.domain.mission.Mission;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Source;
import org.observa.domain.shared.ValidationException;

class AssessmentServiceTest {

    private final RecommendationFixture world = new RecommendationFixture();
    private final Mission mission2013 = world.missionWithoutDates("KH", LocalDate.of(2013, 7, 28));
    private final Mission mission2023 = world.mission("KH", LocalDate.of(2023, 7, 13));
    private final Recommendation recommendation = world.recommendations().create(draft(mission2013, 1));
    private final AssessmentService service = world.assessments();

    private ImplementationStatus currentStatus() {
        return world.recommendationRows.rows.get(recommendation.id()).status();
    }

    @Test
    void theAssessingMissionImpliesItsOrganisation() {
        Assessment created = service.create(recommendation.id(),
                assessment(LocalDate.of(2023, 7, 23), FULLY_IMPLEMENTED, mission2023.id(), null));
        assertThat(created.organizationId()).isEqualTo(world.interband.id());
        assertThat(service.get(recommendation.id(), created.id())).isEqualTo(created);
    }

    @Test
    void anOrganisationAssessesWithoutAMission() {
        Assessment created = service.create(recommendation.id(),
                assessment(LocalDate.of(2020, 1, 1), PARTIALLY_IMPLEMENTED, null, world.comfrel.id()));
        assertThat(created.missionId()).isNull();
        assertThat(created.organizationId()).isEqualTo(world.comfrel.id());
    }

    @Test
    void someoneMustHaveAssessedAndBothNamesMustAgree() {
        assertThatThrownBy(() -> service.create(recommendation.id(),
                assessment(LocalDate.of(2020, 1, 1), NOT_IMPLEMENTED, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("organizationId", "must be given when missionId is not: say who made the assessment")));
        assertThatThrownBy(() -> service.create(recommendation.id(),
                assessment(LocalDate.of(2023, 7, 23), NOT_IMPLEMENTED, mission2023.id(), world.comfrel.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("organizationId", "must be the organisation of the assessing mission, '"
                                + world.interband.id() + "', or be left out")));
    }

    @Test
    void theAssessorsMustExistAndTheMissionBeToTheRecommendationsCountry() {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> service.create(recommendation.id(),
                assessment(LocalDate.of(2020, 1, 1), NOT_IMPLEMENTED, unknown, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("missionId", "there is no mission '" + unknown + "'")));
        assertThatThrownBy(() -> service.create(recommendation.id(),
                assessment(LocalDate.of(2020, 1, 1), NOT_IMPLEMENTED, null, unknown)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("organizationId", "there is no organization '" + unknown + "'")));
        Mission thai = world.mission("TH", LocalDate.of(2019, 3, 1));
        assertThatThrownBy(() -> service.create(recommendation.id(),
                assessment(LocalDate.of(2020, 1, 1), NOT_IMPLEMENTED, thai.id(), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("missionId", "is a mission to 'TH', not to the recommendation's country 'KH'")));
    }

    @Test
    void anAssessmentBeforeTheRecommendationsMissionBeganIsRefused() {
        Recommendation of2023 = world.recommendations().create(draft(mission2023, 1));
        assertThatThrownBy(() -> service.create(of2023.id(),
                assessment(LocalDate.of(2023, 7, 12), NOT_IMPLEMENTED, null, world.comfrel.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("assessedOn", "cannot be before 2023-07-13, when the recommendation's mission began")));
        assertThat(service.create(of2023.id(), assessment(LocalDate.of(2023, 7, 13), NOT_IMPLEMENTED, null,
                world.comfrel.id())).assessedOn()).isEqualTo(LocalDate.of(2023, 7, 13));
    }

    @Test
    void withoutMissionDatesTheElectionsPollingDayIsTheEarliestDay() {
        assertThatThrownBy(() -> service.create(recommendation.id(),
                assessment(LocalDate.of(2013, 7, 27), NOT_IMPLEMENTED, null, world.comfrel.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("assessedOn", "cannot be before 2013-07-28, the polling day of the election of the "
                                + "recommendation's mission, whose own dates are unknown")));
    }

    @Test
    void anAssessmentCannotBeDatedInTheFuture() {
        // The fixture's clock reads 27 November 2026 (UTC); a day's margin covers the time zones ahead of UTC.
        assertThat(service.create(recommendation.id(), assessment(LocalDate.of(2026, 11, 28), NOT_IMPLEMENTED, null,
                world.comfrel.id())).assessedOn()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThatThrownBy(() -> service.create(recommendation.id(),
                assessment(LocalDate.of(2026, 11, 29), NOT_IMPLEMENTED, null, world.comfrel.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("assessedOn", "cannot be in the future")));
    }

    @Test
    void everyBadFieldIsReportedAtOnceAndNotAssessedIsNoAssessment() {
        AssessmentDraft bad = new AssessmentDraft(null, null, world.comfrel.id(), NOT_ASSESSED,
                new LocalizedText(java.util.Map.of("km", "x")), List.of(new Source("", "not a url", null, null)));
        assertThatThrownBy(() -> service.create(recommendation.id(), bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly(
                        "assessedOn", "status", "rationale.en", "evidence[0].citation", "evidence[0].url"));
        assertThatThrownBy(() -> service.create(recommendation.id(), new AssessmentDraft(LocalDate.of(2020, 1, 1), null,
                world.comfrel.id(), null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly("status"));
    }

    @Test
    void theRecommendationsStatusFollowsItsLatestAssessment() {
        assertThat(currentStatus()).isEqualTo(NOT_ASSESSED);
        Assessment first = service.create(recommendation.id(),
                assessment(LocalDate.of(2018, 7, 29), PARTIALLY_IMPLEMENTED, null, world.comfrel.id()));
        assertThat(currentStatus()).isEqualTo(PARTIALLY_IMPLEMENTED);
        Assessment latest = service.create(recommendation.id(),
                assessment(LocalDate.of(2023, 7, 23), FULLY_IMPLEMENTED, mission2023.id(), null));
        assertThat(currentStatus()).isEqualTo(FULLY_IMPLEMENTED);
        // An assessment dated earlier than the latest, even recorded after it, does not move the status.
        service.create(recommendation.id(), assessment(LocalDate.of(2015, 1, 1), NOT_IMPLEMENTED, null, world.comfrel.id()));
        assertThat(currentStatus()).isEqualTo(FULLY_IMPLEMENTED);

        service.delete(latest);
        assertThat(currentStatus()).isEqualTo(PARTIALLY_IMPLEMENTED);
        // Redated before the 2015 assessment, the first one is no longer the latest.
        service.update(first, assessment(LocalDate.of(2014, 1, 1), PARTIALLY_IMPLEMENTED, null, world.comfrel.id()));
        assertThat(currentStatus()).isEqualTo(NOT_IMPLEMENTED);
        world.assessmentRows.rows.values().stream().toList().forEach(service::delete);
        assertThat(currentStatus()).isEqualTo(NOT_ASSESSED);
    }

    @Test
    void aStatusChangeIsAChangeOfTheRecommendationAndNothingElseIs() {
        Instant later = RecommendationFixture.NOW.plusSeconds(3600);
        world.clock = Clock.fixed(later, ZoneOffset.UTC);
        AssessmentService laterService = world.assessments();
        laterService.create(recommendation.id(), assessment(LocalDate.of(2020, 1, 1), NOT_IMPLEMENTED, null,
                world.comfrel.id()));
        assertThat(world.recommendationRows.rows.get(recommendation.id()).updatedAt()).isEqualTo(later);

        world.clock = Clock.fixed(later.plusSeconds(3600), ZoneOffset.UTC);
        world.assessments().create(recommendation.id(), assessment(LocalDate.of(2021, 1, 1), NOT_IMPLEMENTED, null,
                world.comfrel.id()));
        assertThat(world.recommendationRows.rows.get(recommendation.id()).updatedAt()).isEqualTo(later);
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheRecordAsItWasEvenWhenTheOrganisationIsLeftImplied() {
        Assessment created = service.create(recommendation.id(),
                assessment(LocalDate.of(2023, 7, 23), FULLY_IMPLEMENTED, mission2023.id(), null));
        assertThat(service.update(created, assessment(LocalDate.of(2023, 7, 23), FULLY_IMPLEMENTED, mission2023.id(),
                null))).isSameAs(created);
    }

    @Test
    void anAssessmentOfAnotherRecommendationIsNotFoundHere() {
        Recommendation other = world.recommendations().create(draft(mission2023, 1));
        Assessment elsewhere = service.create(other.id(),
                assessment(LocalDate.of(2024, 1, 1), NOT_IMPLEMENTED, null, world.comfrel.id()));
        assertThatThrownBy(() -> service.get(recommendation.id(), elsewhere.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("There is no assessment '" + elsewhere.id() + "'.");
        assertThatThrownBy(() -> service.getForUpdate(recommendation.id(), elsewhere.id()))
                .isInstanceOf(NotFoundException.class);
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> service.create(unknown, assessment(LocalDate.of(2024, 1, 1), NOT_IMPLEMENTED, null,
                world.comfrel.id()))).isInstanceOf(NotFoundException.class)
                .hasMessage("There is no recommendation '" + unknown + "'.");
    }
}
