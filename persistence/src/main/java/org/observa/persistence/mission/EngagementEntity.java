package org.observa.persistence.mission;

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
import org.observa.domain.mission.Engagement;
import org.observa.domain.mission.EngagementKind;
import org.observa.domain.mission.PersonMet;
import org.observa.domain.shared.LocalizedText;

@Entity
@Table(name = "engagement")
public class EngagementEntity {

    @Id
    UUID id;

    @Column(name = "mission_id")
    UUID missionId;

    /** The order of recording, assigned by the database; part of the list's keyset. */
    @Generated
    @Column(insertable = false, updatable = false)
    Long seq;

    @Enumerated(EnumType.STRING)
    EngagementKind kind;

    @Column(name = "start_date")
    LocalDate startDate;

    @Column(name = "end_date")
    LocalDate endDate;

    @Column(name = "division_id")
    String divisionId;

    String place;

    @Column(name = "counterpart_id")
    UUID counterpartId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "people_met")
    List<PersonMet> peopleMet;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> summary;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static EngagementEntity from(Engagement engagement) {
        EngagementEntity entity = new EngagementEntity();
        entity.id = engagement.id();
        entity.missionId = engagement.missionId();
        entity.createdAt = engagement.createdAt();
        entity.copyChangeableFields(engagement);
        return entity;
    }

    void copyChangeableFields(Engagement e) {
        kind = e.kind();
        startDate = e.startDate();
        endDate = e.endDate();
        divisionId = e.divisionId();
        place = e.place();
        counterpartId = e.counterpartId();
        peopleMet = e.peopleMet();
        summary = e.summary().values();
        updatedAt = e.updatedAt();
    }

    Engagement toDomain() {
        return new Engagement(id, missionId, kind, startDate, endDate, divisionId, place, counterpartId, peopleMet,
                new LocalizedText(summary), createdAt, updatedAt);
    }
}
