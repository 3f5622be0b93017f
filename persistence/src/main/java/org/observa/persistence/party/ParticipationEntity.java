package org.observa.persistence.party;

import org.observa.persistence.shared.ParentRecord;
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
import org.observa.domain.party.Participation;
import org.observa.domain.party.ParticipationStatus;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

@Entity
@Table(name = "participation")
public class ParticipationEntity implements ParentRecord {

    @Id
    UUID id;

    @Column(name = "election_id")
    String electionId;

    @Column(name = "party_id")
    UUID partyId;

    /** The order of recording, assigned by the database; part of the list's keyset. */
    @Generated
    @Column(insertable = false, updatable = false)
    Long seq;

    @Enumerated(EnumType.STRING)
    ParticipationStatus status;

    @Column(name = "status_date")
    LocalDate statusDate;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> reason;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Source> sources;

    String notes;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static ParticipationEntity from(Participation participation) {
        ParticipationEntity entity = new ParticipationEntity();
        entity.id = participation.id();
        entity.electionId = participation.electionId();
        entity.partyId = participation.partyId();
        entity.createdAt = participation.createdAt();
        entity.copyChangeableFields(participation);
        return entity;
    }

    void copyChangeableFields(Participation p) {
        status = p.status();
        statusDate = p.statusDate();
        reason = p.reason() == null ? null : p.reason().values();
        sources = p.sources();
        notes = p.notes();
        updatedAt = p.updatedAt();
    }

    Participation toDomain() {
        return new Participation(id, electionId, partyId, status, statusDate,
                reason == null ? null : new LocalizedText(reason), sources, notes, createdAt, updatedAt);
    }
}
