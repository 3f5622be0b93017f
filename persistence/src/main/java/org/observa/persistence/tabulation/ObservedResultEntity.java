package org.observa.persistence.tabulation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.observa.domain.tabulation.ObservedResult;

@Entity
@Table(name = "observed_result")
public class ObservedResultEntity {

    @Id
    UUID id;

    /** The order of recording, assigned by the database; part of the list's keyset. */
    @Generated
    @Column(insertable = false, updatable = false)
    Long seq;

    @Column(name = "mission_id")
    UUID missionId;

    @Column(name = "visit_id")
    UUID visitId;

    @Column(name = "station_id")
    UUID stationId;

    @Column(name = "election_id")
    String electionId;

    @Column(name = "division_id")
    String divisionId;

    @Embedded
    FigureColumns figures;

    @Column(name = "posted_publicly")
    Boolean postedPublicly;

    String evidence;

    String notes;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static ObservedResultEntity from(ObservedResult result) {
        ObservedResultEntity entity = new ObservedResultEntity();
        entity.id = result.id();
        entity.missionId = result.missionId();
        entity.visitId = result.visitId();
        entity.stationId = result.stationId();
        entity.electionId = result.electionId();
        entity.divisionId = result.divisionId();
        entity.createdAt = result.createdAt();
        entity.copyChangeableFields(result);
        return entity;
    }

    void copyChangeableFields(ObservedResult r) {
        figures = FigureColumns.of(r.figures());
        postedPublicly = r.postedPublicly();
        evidence = r.evidence();
        notes = r.notes();
        updatedAt = r.updatedAt();
    }

    ObservedResult toDomain() {
        return new ObservedResult(id, missionId, visitId, stationId, electionId, divisionId,
                figures.toDomain(), postedPublicly,
                evidence, notes, createdAt, updatedAt);
    }
}
