package org.observa.persistence.recommendation;

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
import org.observa.domain.recommendation.Assessment;
import org.observa.domain.recommendation.ImplementationStatus;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

@Entity
@Table(name = "assessment")
public class AssessmentEntity {

    @Id
    UUID id;

    @Column(name = "recommendation_id")
    UUID recommendationId;

    /** The order of recording, assigned by the database; it breaks ties between assessments of the same day. */
    @Generated
    @Column(insertable = false, updatable = false)
    Long seq;

    @Column(name = "assessed_on")
    LocalDate assessedOn;

    @Column(name = "mission_id")
    UUID missionId;

    @Column(name = "organization_id")
    UUID organizationId;

    @Enumerated(EnumType.STRING)
    ImplementationStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> rationale;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Source> evidence;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static AssessmentEntity from(Assessment assessment) {
        AssessmentEntity entity = new AssessmentEntity();
        entity.id = assessment.id();
        entity.recommendationId = assessment.recommendationId();
        entity.createdAt = assessment.createdAt();
        entity.copyChangeableFields(assessment);
        return entity;
    }

    void copyChangeableFields(Assessment a) {
        assessedOn = a.assessedOn();
        missionId = a.missionId();
        organizationId = a.organizationId();
        status = a.status();
        rationale = a.rationale() == null ? null : a.rationale().values();
        evidence = a.evidence();
        updatedAt = a.updatedAt();
    }

    Assessment toDomain() {
        return new Assessment(id, recommendationId, assessedOn, missionId, organizationId, status,
                rationale == null ? null : new LocalizedText(rationale), evidence, createdAt, updatedAt);
    }
}
