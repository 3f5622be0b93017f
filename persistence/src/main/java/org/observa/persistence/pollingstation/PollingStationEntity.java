package org.observa.persistence.pollingstation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.observa.domain.pollingstation.GeoPoint;
import org.observa.domain.pollingstation.PollingStation;
import org.observa.domain.shared.Source;

@Entity
@Table(name = "polling_station")
public class PollingStationEntity {

    @Id
    UUID id;

    @Column(name = "election_id")
    String electionId;

    @Column(name = "centre_id")
    UUID centreId;

    @Column(name = "division_id")
    String divisionId;

    String number;

    @Column(name = "number_sort")
    String numberSort;

    @Column(name = "registered_voters")
    Integer registeredVoters;

    Double latitude;

    Double longitude;

    String notes;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Source> sources;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static PollingStationEntity from(PollingStation station) {
        PollingStationEntity entity = new PollingStationEntity();
        entity.id = station.id();
        entity.electionId = station.electionId();
        entity.createdAt = station.createdAt();
        entity.copyChangeableFields(station);
        return entity;
    }

    void copyChangeableFields(PollingStation s) {
        centreId = s.centreId();
        divisionId = s.divisionId();
        number = s.number();
        numberSort = NaturalOrder.key(s.number());
        registeredVoters = s.registeredVoters();
        latitude = s.location() == null ? null : s.location().latitude();
        longitude = s.location() == null ? null : s.location().longitude();
        notes = s.notes();
        sources = s.sources();
        updatedAt = s.updatedAt();
    }

    PollingStation toDomain() {
        return new PollingStation(id, electionId, centreId, divisionId, number, registeredVoters,
                latitude == null ? null : new GeoPoint(latitude, longitude), notes, sources, createdAt, updatedAt);
    }
}
