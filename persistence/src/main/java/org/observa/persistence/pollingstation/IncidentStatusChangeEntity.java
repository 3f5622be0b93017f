package org.observa.persistence.pollingstation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.observa.domain.pollingstation.IncidentStatus;
import org.observa.domain.pollingstation.IncidentStatusChange;

/** One step of an incident's history; written once, never changed. */
@Entity
@Table(name = "incident_status_change")
public class IncidentStatusChangeEntity {

    @Id
    UUID id;

    /** The order of the steps, assigned by the database; the history's keyset. */
    @Generated
    @Column(insertable = false, updatable = false)
    Long seq;

    @Column(name = "incident_id")
    UUID incidentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    IncidentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    IncidentStatus toStatus;

    String reason;

    @Column(name = "changed_by_key_id")
    UUID changedByKeyId;

    @Column(name = "changed_by_organization_id")
    UUID changedByOrganizationId;

    @Column(name = "changed_at")
    Instant changedAt;

    static IncidentStatusChangeEntity from(IncidentStatusChange change) {
        IncidentStatusChangeEntity entity = new IncidentStatusChangeEntity();
        entity.id = change.id();
        entity.incidentId = change.incidentId();
        entity.fromStatus = change.from();
        entity.toStatus = change.to();
        entity.reason = change.reason();
        entity.changedByKeyId = change.changedByKeyId();
        entity.changedByOrganizationId = change.changedByOrganizationId();
        entity.changedAt = change.changedAt();
        return entity;
    }

    IncidentStatusChange toDomain() {
        return new IncidentStatusChange(id, incidentId, fromStatus, toStatus, reason, changedByKeyId,
                changedByOrganizationId, changedAt);
    }
}
