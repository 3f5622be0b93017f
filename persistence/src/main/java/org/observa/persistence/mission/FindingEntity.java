package org.observa.persistence.mission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.observa.domain.mission.ElectoralPhase;
import org.observa.domain.mission.Evidence;
import org.observa.domain.mission.Finding;
import org.observa.domain.mission.FindingKind;
import org.observa.domain.shared.LocalizedText;

@Entity
@Table(name = "finding")
public class FindingEntity {

    @Id
    UUID id;

    @Column(name = "mission_id")
    UUID missionId;

    /** The order of recording, assigned by the database; the list's keyset. */
    @Generated
    @Column(insertable = false, updatable = false)
    Long seq;

    @Enumerated(EnumType.STRING)
    FindingKind kind;

    @Enumerated(EnumType.STRING)
    ElectoralPhase phase;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> text;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Evidence> evidence;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static FindingEntity from(Finding finding) {
        FindingEntity entity = new FindingEntity();
        entity.id = finding.id();
        entity.missionId = finding.missionId();
        entity.createdAt = finding.createdAt();
        entity.copyChangeableFields(finding);
        return entity;
    }

    void copyChangeableFields(Finding f) {
        kind = f.kind();
        phase = f.phase();
        text = f.text().values();
        evidence = f.evidence();
        updatedAt = f.updatedAt();
    }

    Finding toDomain() {
        return new Finding(id, missionId, kind, phase, new LocalizedText(text), evidence, createdAt, updatedAt);
    }
}
