package org.observa.domain.pollingstation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a client states about a station visit, before the rules are checked. Unanswered questions are absent;
 * no form means the standard form, no form version the form's newest published version.
 */
public record StationVisitDraft(
        UUID missionId,
        UUID stationId,
        List<String> observers,
        LocalDate visitedOn,
        Instant arrivedAt,
        Instant departedAt,
        VisitPhase phase,
        UUID formId,
        Integer formVersion,
        Map<String, AnswerValue> answers,
        VisitAssessment assessment,
        String notes) {

    public StationVisitDraft {
        observers = observers == null ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(observers));
        answers = copyOf(answers);
    }

    /** Sorted by question code, so that equal answers compare and serialize equally. */
    static Map<String, AnswerValue> copyOf(Map<String, AnswerValue> answers) {
        TreeMap<String, AnswerValue> copy = new TreeMap<>();
        if (answers != null) {
            copy.putAll(answers);
        }
        return Collections.unmodifiableSortedMap(copy);
    }
}
