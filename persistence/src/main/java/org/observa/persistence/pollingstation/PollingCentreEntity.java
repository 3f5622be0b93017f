package org.observa.persistence.pollingstation;

import org.observa.persistence.shared.ParentRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.observa.domain.pollingstation.PollingCentre;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

@Entity
@Table(name = "polling_centre")
public class PollingCentreEntity implements ParentRecord {

    @Id
    UUID id;

    @Column(name = "election_id")
    String electionId;

    @Column(name = "division_id")
    String divisionId;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> name;

    String address;

    Double latitude;

    Double longitude;

    String notes;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Source> sources;

    @Column(name = "sort_name")
    String sortName;

    @Column(name = "search_text")
    String searchText;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static PollingCentreEntity from(PollingCentre centre) {
        PollingCentreEntity entity = new PollingCentreEntity();
        entity.id = centre.id();
        entity.electionId = centre.electionId();
        entity.createdAt = centre.createdAt();
        entity.copyChangeableFields(centre);
        return entity;
    }

    void copyChangeableFields(PollingCentre c) {
        divisionId = c.divisionId();
        name = c.name().values();
        address = c.address();
        latitude = c.location() == null ? null : c.location().latitude();
        longitude = c.location() == null ? null : c.location().longitude();
        notes = c.notes();
        sources = c.sources();
        sortName = c.name().english().toLowerCase(Locale.ROOT);
        searchText = (c.name().searchable() + (c.address() == null ? "" : " " + c.address())).toLowerCase(Locale.ROOT);
        updatedAt = c.updatedAt();
    }

    PollingCentre toDomain() {
        return new PollingCentre(id, electionId, divisionId, new LocalizedText(name), address,
                latitude == null ? null : new GeoPoint(latitude, longitude), notes, sources, createdAt, updatedAt);
    }
}
