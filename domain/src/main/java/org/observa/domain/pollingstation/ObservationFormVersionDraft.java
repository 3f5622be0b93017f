package org.observa.domain.pollingstation;

import java.util.List;

/** What a client states about a form version: its sections, its questions and whether it is published. */
public record ObservationFormVersionDraft(FormVersionStatus status, List<FormSection> sections,
                                          List<FormQuestion> questions) {

    public ObservationFormVersionDraft {
        sections = sections == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(sections));
        questions = questions == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(questions));
    }
}
