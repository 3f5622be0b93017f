package org.observa.domain.pollingstation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.observa.domain.shared.Violations;

/**
 * What makes a form version well defined: codes unique and readable, each question with what its type needs
 * and nothing it cannot use, conditions that look back at an earlier coded question and name its answers,
 * good answers among the possible ones, and sections that exist. A version is published with at least one question.
 */
final class FormDefinitionRules {

    static final Pattern CODE = Pattern.compile("^[A-Za-z][A-Za-z0-9_]{0,63}$");
    static final String CODE_RULE = "must be 1 to 64 letters, digits or underscores, starting with a letter";
    static final int MAX_QUESTIONS = 300;
    static final int MAX_SECTIONS = 50;
    static final int MAX_OPTIONS = 100;

    private FormDefinitionRules() {
    }

    static void check(ObservationFormVersionDraft draft, Violations violations) {
        violations.notNull("status", draft.status());
        Set<String> sections = checkSections(draft.sections(), violations);
        List<FormQuestion> questions = draft.questions();
        violations.require(questions.size() <= MAX_QUESTIONS, "questions", "must have at most " + MAX_QUESTIONS + " questions");
        violations.require(!questions.isEmpty() || draft.status() != FormVersionStatus.PUBLISHED, "questions",
                "must have at least one question before the version is published");
        Set<String> earlier = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            String field = "questions[" + i + "]";
            FormQuestion question = questions.get(i);
            if (question == null) {
                violations.add(field, "must not be null");
                continue;
            }
            checkQuestion(field, question, sections, questions, earlier, violations);
            if (question.code() != null && !earlier.add(question.code())) {
                violations.add(field + ".code", "'" + question.code() + "' is the code of an earlier question");
            }
        }
    }

    private static Set<String> checkSections(List<FormSection> sections, Violations violations) {
        violations.require(sections.size() <= MAX_SECTIONS, "sections", "must have at most " + MAX_SECTIONS + " sections");
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            FormSection section = sections.get(i);
            if (section == null) {
                violations.add("sections[" + i + "]", "must not be null");
                continue;
            }
            code("sections[" + i + "].code", section.code(), violations);
            violations.localizedText("sections[" + i + "].title", section.title());
            if (section.code() != null && !codes.add(section.code())) {
                violations.add("sections[" + i + "].code", "'" + section.code() + "' appears twice");
            }
        }
        return codes;
    }

    private static void checkQuestion(String field, FormQuestion q, Set<String> sections, List<FormQuestion> all,
                                      Set<String> earlier, Violations violations) {
        code(field + ".code", q.code(), violations);
        violations.localizedText(field + ".label", q.label()).optionalLocalizedText(field + ".help", q.help());
        if (q.section() != null) {
            violations.require(sections.contains(q.section()), field + ".section",
                    "there is no section '" + q.section() + "' in this version");
        }
        if (q.type() == null) {
            violations.add(field + ".type", "must not be null");
            return;
        }
        checkOptions(field, q, violations);
        boolean numeric = q.type().isNumeric();
        violations.require(numeric || (q.min() == null && q.max() == null), field + ".min",
                "only INTEGER and DECIMAL questions have a min and max");
        if (q.type() == QuestionType.INTEGER) {
            violations.require(q.min() == null || FormQuestion.isWhole(q.min()), field + ".min", "must be a whole number");
            violations.require(q.max() == null || FormQuestion.isWhole(q.max()), field + ".max", "must be a whole number");
        }
        if (q.min() != null && q.max() != null) {
            violations.require(q.min().compareTo(q.max()) <= 0, field + ".max", "must not be less than min");
        }
        if (q.maxLength() != null) {
            violations.require(q.type() == QuestionType.TEXT, field + ".maxLength", "only TEXT questions have a maxLength");
            violations.require(q.maxLength() >= 1 && q.maxLength() <= FormQuestion.DEFAULT_MAX_LENGTH, field + ".maxLength",
                    "must be from 1 to " + FormQuestion.DEFAULT_MAX_LENGTH);
        }
        checkGoodAnswers(field, q, violations);
        checkCondition(field, q, all, earlier, violations);
    }

    private static void checkOptions(String field, FormQuestion q, Violations violations) {
        if (!q.type().hasOptions()) {
            violations.require(q.options().isEmpty(), field + ".options", "only SINGLE_CHOICE and MULTIPLE_CHOICE"
                    + " questions have options" + (q.type() == QuestionType.YES_NO ? " (YES_NO answers are fixed)" : ""));
            return;
        }
        violations.require(!q.options().isEmpty() && q.options().size() <= MAX_OPTIONS, field + ".options",
                "must have 1 to " + MAX_OPTIONS + " options");
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < q.options().size(); i++) {
            AnswerOption option = q.options().get(i);
            String optionField = field + ".options[" + i + "]";
            if (option == null) {
                violations.add(optionField, "must not be null");
                continue;
            }
            code(optionField + ".code", option.code(), violations);
            violations.localizedText(optionField + ".label", option.label());
            if (option.code() != null && !codes.add(option.code())) {
                violations.add(optionField + ".code", "'" + option.code() + "' appears twice");
            }
        }
    }

    private static void checkGoodAnswers(String field, FormQuestion q, Violations violations) {
        if (q.goodAnswers().isEmpty()) {
            return;
        }
        if (!q.type().isCoded()) {
            violations.add(field + ".goodAnswers", "only YES_NO and choice questions have good answers");
            return;
        }
        for (int i = 0; i < q.goodAnswers().size(); i++) {
            String answer = q.goodAnswers().get(i);
            violations.require(q.answerCodes().contains(answer), field + ".goodAnswers[" + i + "]",
                    "must be one of " + String.join(", ", q.answerCodes()));
        }
    }

    private static void checkCondition(String field, FormQuestion q, List<FormQuestion> all, Set<String> earlier,
                                       Violations violations) {
        QuestionCondition condition = q.showIf();
        if (condition == null) {
            return;
        }
        FormQuestion shownBy = condition.question() == null || !earlier.contains(condition.question()) ? null
                : all.stream().filter(o -> o != null && condition.question().equals(o.code())).findFirst().orElse(null);
        if (shownBy == null) {
            violations.add(field + ".showIf.question", "must be the code of an earlier question of this version");
            return;
        }
        if (shownBy.type() == null || !shownBy.type().isCoded()) {
            violations.add(field + ".showIf.question", "must be a YES_NO, SINGLE_CHOICE or MULTIPLE_CHOICE question");
            return;
        }
        violations.require(!condition.anyOf().isEmpty(), field + ".showIf.anyOf", "must name at least one answer");
        for (int i = 0; i < condition.anyOf().size(); i++) {
            violations.require(shownBy.answerCodes().contains(condition.anyOf().get(i)), field + ".showIf.anyOf[" + i + "]",
                    "must be one of " + String.join(", ", shownBy.answerCodes()));
        }
    }

    static void code(String field, String code, Violations violations) {
        if (code == null) {
            violations.add(field, "must not be null");
        } else {
            violations.require(CODE.matcher(code).matches(), field, CODE_RULE);
        }
    }
}
