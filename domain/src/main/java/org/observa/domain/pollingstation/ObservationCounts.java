package org.observa.domain.pollingstation;

import java.util.Map;

/**
 * What observers covered in an area: its stations, how many were visited and how often, the visits'
 * overall assessments ({@code visitsNotAssessed} gave none) and the YES and NO answers to every question.
 */
public record ObservationCounts(
        long stations,
        long stationsVisited,
        long visits,
        Map<VisitAssessment, Long> visitsByAssessment,
        long visitsNotAssessed,
        Map<ChecklistQuestion, AnswerCounts> checklist) {

    public ObservationCounts {
        visitsByAssessment = Map.copyOf(visitsByAssessment);
        checklist = Map.copyOf(checklist);
    }

    /** An area without stations, or without visits. */
    public static ObservationCounts none() {
        return new ObservationCounts(0, 0, 0, Map.of(), 0, Map.of());
    }
}
