package org.observa.domain.pollingstation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observa.domain.pollingstation.PollingFixture.fieldsOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observa.domain.mission.Mission;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.ValidationException;

class ObservationFormServiceTest {

    private static final LocalDate POLLING_DAY = LocalDate.of(2023, 7, 23);

    private final PollingFixture world = new PollingFixture();
    private final ObservationFormService forms = world.forms;
    private int stationNumber = 1000;

    static ObservationFormDraft opening(UUID organizationId) {
        return new ObservationFormDraft(organizationId, "opening", LocalizedText.english("Opening checklist"), null,
                List.of(VisitPhase.OPENING));
    }

    static FormQuestion question(String code, QuestionType type, boolean required, List<AnswerOption> options,
                                 QuestionCondition showIf) {
        return new FormQuestion(code, null, LocalizedText.english("Label of " + code), null, type, required, options,
                null, null, null, showIf, null);
    }

    static AnswerOption option(String code) {
        return new AnswerOption(code, LocalizedText.english("Option " + code));
    }

    /** Opened on time? If not, why (a choice shown only then), how many voters waited, and when it opened. */
    static ObservationFormVersionDraft openingQuestions(FormVersionStatus status) {
        return new ObservationFormVersionDraft(status, List.of(new FormSection("SETUP", LocalizedText.english("Set-up"))),
                List.of(new FormQuestion("STATION_OPENED", "SETUP", LocalizedText.english("Did the station open on time?"),
                                null, QuestionType.YES_NO, true, null, null, null, null, null, List.of("YES")),
                        question("REASON", QuestionType.MULTIPLE_CHOICE, true,
                                List.of(option("MATERIALS_MISSING"), option("STAFF_ABSENT")),
                                new QuestionCondition("STATION_OPENED", List.of("NO"))),
                        new FormQuestion("VOTERS_WAITING", null, LocalizedText.english("Voters waiting"), null,
                                QuestionType.INTEGER, false, null, BigDecimal.ZERO, BigDecimal.valueOf(2000), null, null,
                                null),
                        question("OPENED_AT", QuestionType.TIME, false, null, null),
                        new FormQuestion("REMARKS", null, LocalizedText.english("Remarks"), null, QuestionType.TEXT,
                                false, null, null, null, 20, null, null)));
    }

    private ObservationForm form() {
        return forms.create(opening(world.mission2023.organizationId()));
    }

    @Test
    void aFormIsCreatedWithItsCodeOwnerAndPhases() {
        ObservationForm form = form();
        assertThat(forms.get(form.id())).isEqualTo(form);
        assertThat(form.isBuiltIn()).isFalse();
        assertThat(form.phases()).containsExactly(VisitPhase.OPENING);
    }

    @Test
    void aFormNeedsAReadableUniqueCodeATitleAndPhases() {
        form();
        assertThatThrownBy(() -> forms.create(new ObservationFormDraft(UUID.randomUUID(), "has space", null, null,
                List.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e))
                        .containsExactlyInAnyOrder("organizationId", "code", "title", "phases"));
        assertThatThrownBy(() -> forms.create(opening(world.mission2023.organizationId())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("code 'opening'");
    }

    @Test
    void versionsAreNumberedAndStartAsDrafts() {
        ObservationForm form = form();
        ObservationFormVersion first = forms.createVersion(form, openingQuestions(FormVersionStatus.DRAFT));
        ObservationFormVersion second = forms.createVersion(form, openingQuestions(FormVersionStatus.DRAFT));
        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(first.isPublished()).isFalse();
        assertThat(first.publishedAt()).isNull();
    }

    @Test
    void aPublishedVersionNeverChangesAndCannotBeDeleted() {
        ObservationForm form = form();
        ObservationFormVersion draft = forms.createVersion(form, openingQuestions(FormVersionStatus.DRAFT));
        ObservationFormVersion published = forms.updateVersion(form, draft, openingQuestions(FormVersionStatus.PUBLISHED));
        assertThat(published.publishedAt()).isEqualTo(org.observa.domain.shared.Timestamps.now(world.clock));

        assertThatThrownBy(() -> forms.updateVersion(form, published, openingQuestions(FormVersionStatus.DRAFT)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("published and never changes");
        assertThatThrownBy(() -> forms.deleteVersion(form, published)).isInstanceOf(ConflictException.class);
        assertThat(forms.updateVersion(form, published, published.draft())).isSameAs(published);
    }

    @Test
    void theStandardFormIsReadOnly() {
        assertThatThrownBy(() -> forms.createVersion(PollingFixture.STANDARD, openingQuestions(FormVersionStatus.DRAFT)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("built in and read-only");
        assertThatThrownBy(() -> forms.delete(PollingFixture.STANDARD)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aFormThatVisitsAnswerOrAMissionDeclaresIsKept() {
        ObservationForm form = form();
        world.formRows.declared.add(form.id());
        assertThatThrownBy(() -> forms.delete(form)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("observationFormIds");
        world.formRows.declared.clear();
        world.formRows.answered.add(form.id());
        assertThatThrownBy(() -> forms.delete(form)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("answer");
        world.formRows.answered.clear();
        forms.delete(form);
        assertThat(world.formRows.rows).doesNotContainKey(form.id());
    }

    @Test
    void eachBadPartOfAVersionIsNamed() {
        ObservationForm form = form();
        ObservationFormVersionDraft bad = new ObservationFormVersionDraft(FormVersionStatus.PUBLISHED,
                List.of(new FormSection("A", LocalizedText.english("A")), new FormSection("A", LocalizedText.english("B"))),
                List.of(question("Q1", QuestionType.YES_NO, false, List.of(option("X")), null),
                        question("Q1", QuestionType.SINGLE_CHOICE, false, List.of(), null),
                        new FormQuestion("Q3", "NOPE", LocalizedText.english("Q3"), null, QuestionType.INTEGER, false,
                                null, new BigDecimal("2.5"), BigDecimal.ONE, 10, null, List.of("YES")),
                        question("Q4", QuestionType.TEXT, false, null, new QuestionCondition("Q3", List.of("1"))),
                        question("Q5", QuestionType.TEXT, false, null, new QuestionCondition("Q6", List.of("YES"))),
                        question("Q6", QuestionType.YES_NO, false, null, null),
                        question("Q7", QuestionType.TEXT, false, null, new QuestionCondition("Q6", List.of("MAYBE"))),
                        question("7up", QuestionType.DECIMAL, false, null, null)));
        assertThatThrownBy(() -> forms.createVersion(form, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactlyInAnyOrder(
                        "sections[1].code",
                        "questions[0].options",
                        "questions[1].options", "questions[1].code",
                        "questions[2].section", "questions[2].min", "questions[2].max", "questions[2].maxLength",
                        "questions[2].goodAnswers",
                        "questions[3].showIf.question",
                        "questions[4].showIf.question",
                        "questions[6].showIf.anyOf[0]",
                        "questions[7].code"));
    }

    @Test
    void aVersionIsPublishedWithAtLeastOneQuestion() {
        ObservationForm form = form();
        assertThatThrownBy(() -> forms.createVersion(form,
                new ObservationFormVersionDraft(FormVersionStatus.PUBLISHED, List.of(), List.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly("questions"));
        assertThat(forms.createVersion(form, new ObservationFormVersionDraft(FormVersionStatus.DRAFT, List.of(), List.of()))
                .questions()).isEmpty();
    }

    /** Answers to the opening form by a mission that declares it. */
    private StationVisitDraft visit(Mission mission, ObservationForm form, Map<String, AnswerValue> answers) {
        PollingStation station = world.stationIn(PollingFixture.KH_2023, String.valueOf(++stationNumber));
        return new StationVisitDraft(mission.id(), station.id(), null, POLLING_DAY, null, null, VisitPhase.OPENING,
                form.id(), null, answers, null, null);
    }

    private Mission declaring(ObservationForm form) {
        Mission mission = world.mission2023;
        Mission declared = new Mission(mission.id(), mission.organizationId(), mission.electionId(), mission.countryId(),
                mission.title(), mission.startDate(), mission.endDate(), mission.sortDate(), mission.objectives(),
                mission.status(), mission.teamMembers(), mission.deploymentAreaIds(), mission.background(),
                mission.sources(), mission.notes(), List.of(form.id()), mission.createdAt(), mission.updatedAt());
        world.missionRows.save(declared);
        return declared;
    }

    @Test
    void aVisitAnswersTheNewestPublishedVersionOfADeclaredForm() {
        ObservationForm form = form();
        forms.createVersion(form, openingQuestions(FormVersionStatus.PUBLISHED));
        forms.createVersion(form, openingQuestions(FormVersionStatus.DRAFT));
        Map<String, AnswerValue> answers = Map.of("STATION_OPENED", new AnswerValue.Text("NO"),
                "REASON", new AnswerValue.Choices(List.of("STAFF_ABSENT")),
                "VOTERS_WAITING", new AnswerValue.Number(new BigDecimal("120.0")),
                "OPENED_AT", new AnswerValue.Text("07:45"));

        assertThatThrownBy(() -> world.visits.create(visit(world.mission2023, form, answers)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly("formId"));

        StationVisit visit = world.visits.create(visit(declaring(form), form, answers));
        assertThat(visit.formId()).isEqualTo(form.id());
        assertThat(visit.formVersion()).isEqualTo(1);
        assertThat(visit.answers().get("VOTERS_WAITING")).isEqualTo(new AnswerValue.Number(new BigDecimal("120")));
        assertThat(visit.checklist()).isEmpty();
    }

    @Test
    void everyBadAnswerIsNamedByItsQuestion() {
        ObservationForm form = form();
        forms.createVersion(form, openingQuestions(FormVersionStatus.PUBLISHED));
        Mission mission = declaring(form);
        Map<String, AnswerValue> answers = Map.of("STATION_OPENED", new AnswerValue.Text("YES"),
                "REASON", new AnswerValue.Choices(List.of("STAFF_ABSENT")),
                "VOTERS_WAITING", new AnswerValue.Number(new BigDecimal("2.5")),
                "OPENED_AT", new AnswerValue.Text("25:00"),
                "REMARKS", new AnswerValue.Text("x".repeat(21)),
                "Q99", new AnswerValue.Text("YES"));
        assertThatThrownBy(() -> world.visits.create(visit(mission, form, answers)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field() + ": " + error.message()).containsExactlyInAnyOrder(
                                "answers.Q99: is not a question of version 1 of this form",
                                "answers.REASON: must not be answered: the question is shown only when 'STATION_OPENED' is NO",
                                "answers.VOTERS_WAITING: must be a whole number from 0 to 2000",
                                "answers.OPENED_AT: must be a time of day as HH:MM (24-hour clock), e.g. 07:30",
                                "answers.REMARKS: must be at most 20 characters"));
    }

    @Test
    void aShownRequiredQuestionMustBeAnsweredAndChoicesMustBeOptions() {
        ObservationForm form = form();
        forms.createVersion(form, openingQuestions(FormVersionStatus.PUBLISHED));
        Mission mission = declaring(form);
        assertThatThrownBy(() -> world.visits.create(visit(mission, form, Map.of("STATION_OPENED", new AnswerValue.Text("NO")))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field() + ": " + error.message())
                        .containsExactly("answers.REASON: is required"));
        assertThatThrownBy(() -> world.visits.create(visit(mission, form, Map.of(
                "STATION_OPENED", new AnswerValue.Text("NO"),
                "REASON", new AnswerValue.Choices(List.of("STAFF_ABSENT", "STAFF_ABSENT"))))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly("answers.REASON"));
        assertThatThrownBy(() -> world.visits.create(visit(mission, form, Map.of(
                "STATION_OPENED", new AnswerValue.Number(BigDecimal.ONE)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e))
                        .containsExactly("answers.STATION_OPENED"));
    }

    @Test
    void aVisitAnswersOnlyAPublishedVersionOfAFormForItsPhase() {
        ObservationForm form = form();
        forms.createVersion(form, openingQuestions(FormVersionStatus.DRAFT));
        Mission mission = declaring(form);
        StationVisitDraft draft = visit(mission, form, Map.of());
        assertThatThrownBy(() -> world.visits.create(draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly("formId"));
        StationVisitDraft namedDraft = new StationVisitDraft(draft.missionId(), draft.stationId(), null, POLLING_DAY,
                null, null, VisitPhase.COUNTING, form.id(), 1, Map.of(), null, null);
        assertThatThrownBy(() -> world.visits.create(namedDraft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e))
                        .containsExactlyInAnyOrder("formVersion"));
        forms.updateVersion(form, forms.version(form.id(), 1), openingQuestions(FormVersionStatus.PUBLISHED));
        assertThatThrownBy(() -> world.visits.create(namedDraft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e))
                        .containsExactlyInAnyOrder("phase", "answers.STATION_OPENED"));
    }

    @Test
    void aVisitWithoutAFormAnswersTheStandardChecklist() {
        PollingStation station = world.stationIn(PollingFixture.KH_2023, "0101");
        StationVisit visit = world.visits.create(new StationVisitDraft(world.mission2023.id(), station.id(), null,
                POLLING_DAY, null, null, null, null, null, Map.of("INK_APPLIED", new AnswerValue.Text("NO")), null, null));
        assertThat(visit.formId()).isEqualTo(ObservationForm.STANDARD_ID);
        assertThat(visit.formVersion()).isEqualTo(1);
        assertThat(visit.checklist()).containsExactly(Map.entry(ChecklistQuestion.INK_APPLIED, ChecklistAnswer.NO));
    }
}
