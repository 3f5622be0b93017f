package org.observa.domain.pollingstation;

import java.util.LinkedHashMap;
import java.util.Map;

/** The visits that answered a form version in a set of stations, and how each of its questions was answered. */
public record FormCounts(long visits, Map<String, QuestionCounts> questions) {

    public static final FormCounts NONE = new FormCounts(0, Map.of());

    public FormCounts {
        questions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(questions));
    }

    /** Every question of the version, in its order, with every possible answer: dashboards get the same shape for every row. */
    FormCounts completedFor(ObservationFormVersion version) {
        Map<String, QuestionCounts> all = new LinkedHashMap<>();
        for (FormQuestion question : version.questions()) {
            QuestionCounts counts = questions.getOrDefault(question.code(), new QuestionCounts(0, Map.of(), null));
            all.put(question.code(), counts.completedFor(question));
        }
        return new FormCounts(visits, all);
    }
}
