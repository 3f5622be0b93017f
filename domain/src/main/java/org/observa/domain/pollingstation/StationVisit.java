package org.observa.domain.pollingstation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An observer team's visit to a polling station during a mission: when, which part of polling day, the
 * answers to a published version of an observation form and the overall assessment. Its election is the station's, which is also the mission's.
 */
public record StationVisit(
        UUID id,
        UUID missionId,
        UUID stationId,
        String electionId,
        List<String> observers,
        LocalDate visitedOn,
        Instant arrivedAt,
        Instant departedAt,
        VisitPhase phase,
        UUID formId,
        int formVersion,
        Map<String, AnswerValue> answers,
        VisitAssessment assessment,
        String notes,
        Instant createdAt,
        Instant updatedAt) {

    public StationVisit {
        observers = List.copyOf(observers);
        answers = StationVisitDraft.copyOf(answers);
    }

    public static StationVisit create(UUID id, PollingStation station, StationVisitDraft draft,
                                      ObservationFormVersion form, Instant now) {
        return from(id, station, draft, form, now, now);
    }

    public StationVisit updatedWith(PollingStation station, StationVisitDraft draft, ObservationFormVersion form,
                                    Instant now) {
        return from(id, station, draft, form, createdAt, now);
    }

    /**
     * The answers to the standard form as its checklist (question code to YES, NO or NOT_APPLICABLE); empty for
     * a visit that answers another form. Kept for clients written before forms existed.
     */
    public Map<ChecklistQuestion, ChecklistAnswer> checklist() {
        Map<ChecklistQuestion, ChecklistAnswer> checklist = new EnumMap<>(ChecklistQuestion.class);
        if (ObservationForm.STANDARD_ID.equals(formId)) {
            for (ChecklistQuestion question : ChecklistQuestion.values()) {
                if (answers.get(question.name()) instanceof AnswerValue.Text text) {
                    checklist.put(question, ChecklistAnswer.valueOf(text.value()));
                }
            }
        }
        return checklist;
    }

    public StationVisitDraft draft() {
        return new StationVisitDraft(missionId, stationId, observers, visitedOn, arrivedAt, departedAt, phase,
                formId, formVersion, answers, assessment, notes);
    }

    private static StationVisit from(UUID id, PollingStation station, StationVisitDraft d, ObservationFormVersion form,
                                     Instant createdAt, Instant updatedAt) {
        return new StationVisit(id, d.missionId(), station.id(), station.electionId(), d.observers(), d.visitedOn(),
                d.arrivedAt(), d.departedAt(), d.phase(), form.formId(), form.number(), d.answers(), d.assessment(),
                d.notes(), createdAt, updatedAt);
    }
}
