package org.observa.persistence.party;

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
import org.observa.domain.party.CampaignConcern;
import org.observa.domain.party.CampaignEventKind;
import org.observa.domain.party.CampaignObservation;
import org.observa.domain.shared.LocalizedText;

@Entity
@Table(name = "campaign_observation")
public class CampaignObservationEntity {

    @Id
    UUID id;

    @Column(name = "mission_id")
    UUID missionId;

    @Column(name = "party_id")
    UUID partyId;

    /** The order of recording, assigned by the database; part of the list's keyset. */
    @Generated
    @Column(insertable = false, updatable = false)
    Long seq;

    @Column(name = "observed_on")
    LocalDate observedOn;

    @Column(name = "observed_until")
    LocalDate observedUntil;

    @Column(name = "division_id")
    String divisionId;

    String place;

    @Enumerated(EnumType.STRING)
    CampaignEventKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    List<CampaignConcern> concerns;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> notes;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static CampaignObservationEntity from(CampaignObservation observation) {
        CampaignObservationEntity entity = new CampaignObservationEntity();
        entity.id = observation.id();
        entity.missionId = observation.missionId();
        entity.createdAt = observation.createdAt();
        entity.copyChangeableFields(observation);
        return entity;
    }

    void copyChangeableFields(CampaignObservation o) {
        partyId = o.partyId();
        observedOn = o.observedOn();
        observedUntil = o.observedUntil();
        divisionId = o.divisionId();
        place = o.place();
        kind = o.kind();
        concerns = o.concerns();
        notes = o.notes() == null ? null : o.notes().values();
        updatedAt = o.updatedAt();
    }

    CampaignObservation toDomain() {
        return new CampaignObservation(id, missionId, partyId, observedOn, observedUntil, divisionId, place, kind,
                concerns, notes == null ? null : new LocalizedText(notes), createdAt, updatedAt);
    }
}
