package org.observa.persistence.pollingstation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.observa.domain.pollingstation.ChecklistAnswer;
import org.observa.domain.pollingstation.StationVisit;
import org.observa.domain.pollingstation.VisitAssessment;
import org.observa.domain.pollingstation.VisitPhase;

@Entity
@Table(name = "station_visit")
public class StationVisitEntity {

    @Id
    UUID id;

    /** The order of recording, assigned by the database; part of the list's keyset. */
    @Generated
    @Column(insertable = false, updatable = false)
    Long seq;

    @Column(name = "mission_id")
    UUID missionId;

    @Column(name = "station_id")
    UUID stationId;

    @Column(name = "election_id")
    String electionId;

    @JdbcTypeCode(SqlTypes.JSON)
    List<String> observers;

    @Column(name = "visited_on")
    LocalDate visitedOn;

    @Column(name = "arrived_at")
    Instant arrivedAt;

    @Column(name = "departed_at")
    Instant departedAt;

    @Enumerated(EnumType.STRING)
    VisitPhase phase;

    @Column(name = "form_id")
    UUID formId;

    @Column(name = "form_version")
    int formVersion;

    /** By question code: text, a number or a list of option codes, as the API gives them. */
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Object> answers;

    // The standard form's answers again, as bit sets: what the observation statistics read (see ChecklistBits).
    @Column(name = "checklist_yes")
    int checklistYes;

    @Column(name = "checklist_no")
    int checklistNo;

    @Column(name = "checklist_not_applicable")
    int checklistNotApplicable;

    @Enumerated(EnumType.STRING)
    VisitAssessment assessment;

    String notes;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static StationVisitEntity from(StationVisit visit) {
        StationVisitEntity entity = new StationVisitEntity();
        entity.id = visit.id();
        entity.missionId = visit.missionId();
        entity.createdAt = visit.createdAt();
        entity.copyChangeableFields(visit);
        return entity;
    }

    void copyChangeableFields(StationVisit v) {
        stationId = v.stationId();
        electionId = v.electionId();
        observers = v.observers();
        visitedOn = v.visitedOn();
        arrivedAt = v.arrivedAt();
        departedAt = v.departedAt();
        phase = v.phase();
        formId = v.formId();
        formVersion = v.formVersion();
        answers = StoredAnswers.stored(v.answers());
        checklistYes = ChecklistBits.answered(v.checklist(), ChecklistAnswer.YES);
        checklistNo = ChecklistBits.answered(v.checklist(), ChecklistAnswer.NO);
        checklistNotApplicable = ChecklistBits.answered(v.checklist(), ChecklistAnswer.NOT_APPLICABLE);
        assessment = v.assessment();
        notes = v.notes();
        updatedAt = v.updatedAt();
    }

    StationVisit toDomain() {
        return new StationVisit(id, missionId, stationId, electionId, observers, visitedOn, arrivedAt, departedAt, phase,
                formId, formVersion, StoredAnswers.answers(answers), assessment, notes, createdAt, updatedAt);
    }
}
