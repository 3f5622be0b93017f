package org.observa.persistence.reference;

import org.observa.persistence.shared.ParentRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.observa.domain.reference.Division;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.shared.Identifier;
import org.observa.domain.shared.LocalizedText;

@Entity
@Table(name = "division")
public class DivisionEntity implements ParentRecord {

    @Id
    String id;

    @Column(name = "country_id")
    String countryId;

    @Enumerated(EnumType.STRING)
    DivisionLevel level;

    @Column(name = "parent_id")
    String parentId;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> name;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Identifier> identifiers;

    @Column(name = "search_text")
    String searchText;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static DivisionEntity from(Division division) {
        DivisionEntity entity = new DivisionEntity();
        entity.id = division.id();
        entity.countryId = division.countryId();
        entity.level = division.level();
        entity.parentId = division.parentId();
        entity.createdAt = division.createdAt();
        entity.copyChangeableFields(division);
        return entity;
    }

    void copyChangeableFields(Division division) {
        name = division.name().values();
        identifiers = division.identifiers();
        searchText = (division.id() + " " + division.name().searchable()).toLowerCase(java.util.Locale.ROOT);
        updatedAt = division.updatedAt();
    }

    Division toDomain() {
        return new Division(id, level, parentId, new LocalizedText(name), identifiers, createdAt, updatedAt);
    }
}
