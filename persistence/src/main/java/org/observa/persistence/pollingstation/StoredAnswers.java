package org.observa.persistence.pollingstation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.observa.domain.pollingstation.AnswerValue;

/** Answers as the JSON column holds them: a string, a number or a list of option codes per question code. */
final class StoredAnswers {

    private StoredAnswers() {
    }

    static Map<String, Object> stored(Map<String, AnswerValue> answers) {
        Map<String, Object> stored = new TreeMap<>();
        answers.forEach((code, answer) -> stored.put(code, value(answer)));
        return stored;
    }

    private static Object value(AnswerValue answer) {
        if (answer instanceof AnswerValue.Text text) {
            return text.value();
        }
        if (answer instanceof AnswerValue.Number number) {
            return number.value();
        }
        if (answer instanceof AnswerValue.Choices choices) {
            return choices.values();
        }
        // refused by the form's rules before anything is stored
        throw new IllegalArgumentException("An answer of this shape is never stored: " + answer);
    }

    static Map<String, AnswerValue> answers(Map<String, Object> stored) {
        Map<String, AnswerValue> answers = new TreeMap<>();
        if (stored != null) {
            stored.forEach((code, value) -> answers.put(code, answer(value)));
        }
        return answers;
    }

    @SuppressWarnings("unchecked")
    private static AnswerValue answer(Object value) {
        if (value instanceof Number number) {
            return new AnswerValue.Number(new BigDecimal(number.toString()));
        }
        if (value instanceof List<?> list) {
            return new AnswerValue.Choices((List<String>) list);
        }
        return new AnswerValue.Text(String.valueOf(value));
    }
}
