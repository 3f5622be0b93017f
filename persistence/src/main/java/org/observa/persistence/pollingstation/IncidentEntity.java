package org.observa.persistence.pollingstation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.observa.domain.pollingstation.GeoPoint;
import org.observa.domain.pollingstation.Incident;
import org.observa.domain.pollingstation.IncidentCategory;
import org.observa.domain.pollingstation.IncidentSeverity;
import org.observa.domain.pollingstation.IncidentStatus;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

@Entity
@Table(name = "incident")
public class IncidentEntity {

    @Id
    UUID id;

    @Column(name = "mission_id")
    UUID missionId;

    @Column(name = "election_id")
    String electionId;

    @Column(name = "station_id")
    UUID stationId;

    @Column(name = "division_id")
    String divisionId;

    Double latitude;

    Double longitude;

    @Column(name = "occurred_at")
    Instant occurredAt;

    @Enumerated(EnumType.STRING)
    IncidentCategory category;

    @Enumerated(EnumType.STRING)
    IncidentSeverity severity;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> description;

    String involved;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Source> sources;

    @Enumerated(EnumType.STRING)
    IncidentStatus status;

    @Column(name = "search_text")
    String searchText;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static IncidentEntity from(Incident incident) {
        IncidentEntity entity = new IncidentEntity();
        entity.id = incident.id();
        entity.missionId = incident.missionId();
        entity.electionId = incident.electionId();
        entity.createdAt = incident.createdAt();
        entity.copyChangeableFields(incident);
        return entity;
    }

    void copyChangeableFields(Incident i) {
        stationId = i.stationId();
        divisionId = i.divisionId();
        latitude = i.location() == null ? null : i.location().latitude();
        longitude = i.location() == null ? null : i.location().longitude();
        occurredAt = i.occurredAt();
        category = i.category();
        severity = i.severity();
        description = i.description().values();
        involved = i.involved();
        sources = i.sources();
        status = i.status();
        searchText = (i.description().searchable() + (i.involved() == null ? "" : " " + i.involved()))
                .toLowerCase(Locale.ROOT);
        updatedAt = i.updatedAt();
    }

    Incident toDomain() {
        return new Incident(id, missionId, electionId, stationId, divisionId,
                latitude == null ? null : new GeoPoint(latitude, longitude), occurredAt, category, severity,
                new LocalizedText(description), involved, sources, status, createdAt, updatedAt);
    }
}
