package org.observa.domain.pollingstation;

import java.util.List;

/**
 * When a question is shown: only when the earlier question {@code question} was answered with one of
 * {@code anyOf} (for a multiple-choice question, when any of those options was chosen). A question that is
 * not shown must stay unanswered.
 */
public record QuestionCondition(String question, List<String> anyOf) {

    public QuestionCondition {
        anyOf = anyOf == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(anyOf));
    }

    public boolean isMetBy(AnswerValue answer) {
        if (answer instanceof AnswerValue.Text text) {
            return anyOf.contains(text.value());
        }
        if (answer instanceof AnswerValue.Choices choices) {
            return choices.values().stream().anyMatch(anyOf::contains);
        }
        return false;
    }

    public String describe() {
        return "'" + question + "' is " + (anyOf.size() == 1 ? anyOf.get(0) : "one of " + String.join(", ", anyOf));
    }
}
