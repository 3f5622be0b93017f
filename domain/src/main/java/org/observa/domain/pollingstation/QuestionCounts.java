package org.observa.domain.pollingstation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one question was answered in a set of visits: how many answered it; for a coded question how often each
 * answer was given (a multiple-choice answer counts once for each option chosen); for a number question the
 * summary of the numbers (null when nobody answered).
 */
public record QuestionCounts(long answered, Map<String, Long> byAnswer, NumberSummary numbers) {

    public QuestionCounts {
        byAnswer = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byAnswer));
    }

    /** These counts with every possible answer of the question present, in the question's order, zero if never given. */
    QuestionCounts completedFor(FormQuestion question) {
        Map<String, Long> all = new LinkedHashMap<>();
        question.answerCodes().forEach(code -> all.put(code, byAnswer.getOrDefault(code, 0L)));
        return new QuestionCounts(answered, all, numbers);
    }
}
