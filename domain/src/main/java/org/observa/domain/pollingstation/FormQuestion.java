package org.observa.domain.pollingstation;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.observa.domain.shared.LocalizedText;

/**
 * One question of a form version. Only what its type uses is set: options for choice questions, min and max
 * for numbers, maxLength for text. {@code goodAnswers} names the answers a dashboard shows as good.
 */
public record FormQuestion(
        String code,
        String section,
        LocalizedText label,
        LocalizedText help,
        QuestionType type,
        boolean required,
        List<AnswerOption> options,
        BigDecimal min,
        BigDecimal max,
        Integer maxLength,
        QuestionCondition showIf,
        List<String> goodAnswers) {

    public static final List<String> YES_NO_ANSWERS = List.of("YES", "NO", "NOT_APPLICABLE");
    public static final int DEFAULT_MAX_LENGTH = 4000;
    private static final Pattern TIME = Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9]$");

    public FormQuestion {
        // copies that keep a client's nulls, so that the rules can name them
        options = options == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(options));
        goodAnswers = goodAnswers == null ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(goodAnswers));
    }

    /** The codes an answer may give: YES/NO/NOT_APPLICABLE, the options' codes, or none for other types. */
    public List<String> answerCodes() {
        if (type == QuestionType.YES_NO) {
            return YES_NO_ANSWERS;
        }
        return options.stream().filter(java.util.Objects::nonNull).map(AnswerOption::code).toList();
    }

    public int effectiveMaxLength() {
        return maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
    }

    /** What is wrong with an answer to this question, if anything. */
    public Optional<String> problemWith(AnswerValue answer) {
        return Optional.ofNullable(switch (type) {
            case YES_NO, SINGLE_CHOICE -> answer instanceof AnswerValue.Text text && answerCodes().contains(text.value())
                    ? null : "must be one of " + String.join(", ", answerCodes());
            case MULTIPLE_CHOICE -> choicesProblem(answer);
            case INTEGER -> answer instanceof AnswerValue.Number number && isWhole(number.value())
                    ? rangeProblem(number.value()) : "must be a whole number" + rangeText();
            case DECIMAL -> answer instanceof AnswerValue.Number number
                    ? rangeProblem(number.value()) : "must be a number" + rangeText();
            case TEXT -> textProblem(answer);
            case TIME -> answer instanceof AnswerValue.Text text && isTime(text.value())
                    ? null : "must be a time of day as HH:MM (24-hour clock), e.g. 07:30";
        });
    }

    private String choicesProblem(AnswerValue answer) {
        String expected = "must be a list of one or more of " + String.join(", ", answerCodes()) + ", each at most once";
        if (!(answer instanceof AnswerValue.Choices choices) || choices.values().isEmpty()) {
            return expected;
        }
        boolean known = answerCodes().containsAll(choices.values());
        boolean distinct = new HashSet<>(choices.values()).size() == choices.values().size();
        return known && distinct ? null : expected;
    }

    private String textProblem(AnswerValue answer) {
        if (!(answer instanceof AnswerValue.Text text) || text.value().isBlank()) {
            return "must be text that is not blank";
        }
        int length = text.value().codePointCount(0, text.value().length());
        return length <= effectiveMaxLength() ? null : "must be at most " + effectiveMaxLength() + " characters";
    }

    private String rangeProblem(BigDecimal value) {
        boolean tooLow = min != null && value.compareTo(min) < 0;
        boolean tooHigh = max != null && value.compareTo(max) > 0;
        return tooLow || tooHigh ? "must be" + rangeText() : null;
    }

    private String rangeText() {
        if (min != null && max != null) {
            return " from " + min.toPlainString() + " to " + max.toPlainString();
        }
        if (min != null) {
            return " of at least " + min.toPlainString();
        }
        return max != null ? " of at most " + max.toPlainString() : "";
    }

    static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static boolean isTime(String value) {
        if (!TIME.matcher(value).matches()) {
            return false;
        }
        try {
            LocalTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
