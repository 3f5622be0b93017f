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
import org.observa.domain.pollingstation.ObservationForm;
import org.observa.domain.pollingstation.VisitPhase;
import org.observa.domain.shared.LocalizedText;

@Entity
@Table(name = "observation_form")
public class ObservationFormEntity implements ParentRecord {

    @Id
    UUID id;

    @Column(name = "organization_id")
    UUID organizationId;

    String code;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> description;

    @JdbcTypeCode(SqlTypes.JSON)
    List<VisitPhase> phases;

    @Column(name = "search_text")
    String searchText;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static ObservationFormEntity from(ObservationForm form) {
        ObservationFormEntity entity = new ObservationFormEntity();
        entity.id = form.id();
        entity.organizationId = form.organizationId();
        entity.createdAt = form.createdAt();
        entity.copyChangeableFields(form);
        return entity;
    }

    void copyChangeableFields(ObservationForm f) {
        code = f.code();
        title = f.title().values();
        description = f.description() == null ? null : f.description().values();
        phases = f.phases();
        searchText = (f.code() + " " + f.title().searchable()).toLowerCase(Locale.ROOT);
        updatedAt = f.updatedAt();
    }

    ObservationForm toDomain() {
        return new ObservationForm(id, organizationId, code, new LocalizedText(title),
                description == null ? null : new LocalizedText(description), phases, createdAt, updatedAt);
    }
}
