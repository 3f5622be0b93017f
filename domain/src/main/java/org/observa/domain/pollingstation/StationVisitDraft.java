package org.observa.domain.pollingstation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a client states about a station visit, before the rules are checked. Unanswered questions are absent. */
public record StationVisitDraft(
        UUID missionId,
        UUID stationId,
        List<String> observers,
        LocalDate visitedOn,
        Instant arrivedAt,
        Instant departedAt,
        VisitPhase phase,
        Map<ChecklistQuestion, ChecklistAnswer> checklist,
        VisitAssessment assessment,
        String notes) {

    public StationVisitDraft {
        observers = observers == null ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(observers));
        checklist = copyOf(checklist);
    }

    /** In question order, so that equal checklists compare and serialize equally. */
    static Map<ChecklistQuestion, ChecklistAnswer> copyOf(Map<ChecklistQuestion, ChecklistAnswer> answers) {
        EnumMap<ChecklistQuestion, ChecklistAnswer> copy = new EnumMap<>(ChecklistQuestion.class);
        if (answers != null) {
            copy.putAll(answers);
        }
        return Collections.unmodifiableMap(copy);
    }
}
