package org.observa.persistence.party;

import org.observa.persistence.shared.ParentRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.observa.domain.party.Party;
import org.observa.domain.shared.Identifier;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

@Entity
@Table(name = "party")
public class PartyEntity implements ParentRecord {

    @Id
    UUID id;

    @Column(name = "country_id")
    String countryId;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> name;

    String abbreviation;

    @Column(name = "founded_on")
    LocalDate foundedOn;

    @Column(name = "dissolved_on")
    LocalDate dissolvedOn;

    String colour;

    @Column(name = "logo_url")
    String logoUrl;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Identifier> identifiers;

    @Column(name = "predecessor_id")
    UUID predecessorId;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Source> sources;

    String notes;

    @Column(name = "sort_name")
    String sortName;

    @Column(name = "search_text")
    String searchText;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static PartyEntity from(Party party) {
        PartyEntity entity = new PartyEntity();
        entity.id = party.id();
        entity.countryId = party.countryId();
        entity.createdAt = party.createdAt();
        entity.copyChangeableFields(party);
        return entity;
    }

    void copyChangeableFields(Party p) {
        name = p.name().values();
        abbreviation = p.abbreviation();
        foundedOn = p.foundedOn();
        dissolvedOn = p.dissolvedOn();
        colour = p.colour();
        logoUrl = p.logoUrl();
        identifiers = p.identifiers();
        predecessorId = p.predecessorId();
        sources = p.sources();
        notes = p.notes();
        sortName = p.name().english().toLowerCase(Locale.ROOT);
        searchText = (p.name().searchable() + (p.abbreviation() == null ? "" : " " + p.abbreviation()))
                .toLowerCase(Locale.ROOT);
        updatedAt = p.updatedAt();
    }

    Party toDomain() {
        return new Party(id, countryId, new LocalizedText(name), abbreviation, foundedOn, dissolvedOn, colour, logoUrl,
                identifiers, predecessorId, sources, notes, createdAt, updatedAt);
    }
}
