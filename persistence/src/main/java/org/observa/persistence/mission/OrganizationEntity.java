package org.observa.persistence.mission;

import org.observa.persistence.shared.ParentRecord;
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
import org.observa.domain.mission.Organization;
import org.observa.domain.mission.OrganizationClassification;
import org.observa.domain.shared.Identifier;
import org.observa.domain.shared.LocalizedText;

@Entity
@Table(name = "organization")
public class OrganizationEntity implements ParentRecord {

    @Id
    UUID id;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> name;

    String abbreviation;

    @Enumerated(EnumType.STRING)
    OrganizationClassification classification;

    @Column(name = "country_id")
    String countryId;

    String website;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Identifier> identifiers;

    @Column(name = "sort_name")
    String sortName;

    @Column(name = "search_text")
    String searchText;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static OrganizationEntity from(Organization organization) {
        OrganizationEntity entity = new OrganizationEntity();
        entity.id = organization.id();
        entity.createdAt = organization.createdAt();
        entity.copyChangeableFields(organization);
        return entity;
    }

    void copyChangeableFields(Organization o) {
        name = o.name().values();
        abbreviation = o.abbreviation();
        classification = o.classification();
        countryId = o.countryId();
        website = o.website();
        identifiers = o.identifiers();
        sortName = o.name().english().toLowerCase(Locale.ROOT);
        searchText = (o.name().searchable() + " " + (o.abbreviation() == null ? "" : o.abbreviation()))
                .toLowerCase(Locale.ROOT);
        updatedAt = o.updatedAt();
    }

    Organization toDomain() {
        return new Organization(id, new LocalizedText(name), abbreviation, classification, countryId, website,
                identifiers, createdAt, updatedAt);
    }
}
