package org.observa.domain.pollingstation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.observa.domain.shared.Violations;

/**
 * One numbered version of a form: its sections and questions. Visits answer a published version, which
 * never changes, so every recorded answer keeps the meaning it was given.
 */
public record ObservationFormVersion(
        UUID formId,
        int number,
        FormVersionStatus status,
        List<FormSection> sections,
        List<FormQuestion> questions,
        Instant publishedAt,
        Instant createdAt,
        Instant updatedAt) {

    public ObservationFormVersion {
        sections = List.copyOf(sections);
        questions = List.copyOf(questions);
    }

    public static ObservationFormVersion create(UUID formId, int number, ObservationFormVersionDraft draft, Instant now) {
        return new ObservationFormVersion(formId, number, draft.status(), draft.sections(), draft.questions(),
                draft.status() == FormVersionStatus.PUBLISHED ? now : null, now, now);
    }

    public ObservationFormVersion updatedWith(ObservationFormVersionDraft d, Instant now) {
        return new ObservationFormVersion(formId, number, d.status(), d.sections(), d.questions(),
                d.status() == FormVersionStatus.PUBLISHED ? now : null, createdAt, now);
    }

    public ObservationFormVersionDraft draft() {
        return new ObservationFormVersionDraft(status, sections, questions);
    }

    public boolean isPublished() {
        return status == FormVersionStatus.PUBLISHED;
    }

    /**
     * Checks a visit's answers: every answer to a question of this version, of the question's type and range,
     * none to a question its condition hides, and one to every shown question that is required. Each problem
     * is named {@code answers.CODE}.
     */
    public void checkAnswers(Map<String, AnswerValue> answers, Violations violations) {
        Map<String, FormQuestion> byCode = new HashMap<>();
        questions.forEach(q -> byCode.put(q.code(), q));
        answers.keySet().stream().filter(code -> !byCode.containsKey(code)).sorted().forEach(code ->
                violations.add(field(code), "is not a question of version " + number + " of this form"));
        for (FormQuestion question : questions) {
            AnswerValue answer = answers.get(question.code());
            QuestionCondition condition = question.showIf();
            boolean shown = condition == null || condition.isMetBy(answers.get(condition.question()));
            if (!shown) {
                violations.require(answer == null, field(question.code()),
                        "must not be answered: the question is shown only when " + condition.describe());
            } else if (answer == null) {
                violations.require(!question.required(), field(question.code()), "is required");
            } else {
                question.problemWith(answer).ifPresent(problem -> violations.add(field(question.code()), problem));
            }
        }
    }

    private static String field(String code) {
        return "answers." + code;
    }
}
