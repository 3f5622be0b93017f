package org.observa.persistence.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.observa.domain.mission.ElectoralPhase;
import org.observa.domain.recommendation.Addressee;
import org.observa.domain.recommendation.ImplementationStatus;
import org.observa.domain.recommendation.Priority;
import org.observa.domain.recommendation.Recommendation;
import org.observa.domain.recommendation.RecommendationSource;
import org.observa.domain.shared.LocalizedText;

@Entity
@Table(name = "recommendation")
public class RecommendationEntity {

    @Id
    UUID id;

    @Column(name = "mission_id")
    UUID missionId;

    @Column(name = "country_id")
    String countryId;

    int number;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> text;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Addressee> addressees;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "addressee_kinds")
    String[] addresseeKinds;

    @Enumerated(EnumType.STRING)
    ElectoralPhase phase;

    @Enumerated(EnumType.STRING)
    Priority priority;

    UUID follows;

    @JdbcTypeCode(SqlTypes.JSON)
    RecommendationSource source;

    String notes;

    @Enumerated(EnumType.STRING)
    ImplementationStatus status;

    @Column(name = "search_text")
    String searchText;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static RecommendationEntity from(Recommendation recommendation) {
        RecommendationEntity entity = new RecommendationEntity();
        entity.id = recommendation.id();
        entity.missionId = recommendation.missionId();
        entity.countryId = recommendation.countryId();
        entity.createdAt = recommendation.createdAt();
        entity.copyChangeableFields(recommendation);
        return entity;
    }

    void copyChangeableFields(Recommendation r) {
        number = r.number();
        title = r.title().values();
        text = r.text().values();
        addressees = r.addressees();
        addresseeKinds = r.addressees().stream().map(Addressee::kind).filter(Objects::nonNull).map(Enum::name)
                .distinct().sorted().toArray(String[]::new);
        phase = r.phase();
        priority = r.priority();
        follows = r.follows();
        source = r.source();
        notes = r.notes();
        status = r.status();
        searchText = r.title().searchable() + " " + r.text().searchable();
        updatedAt = r.updatedAt();
    }

    Recommendation toDomain() {
        return new Recommendation(id, missionId, countryId, number, new LocalizedText(title), new LocalizedText(text),
                addressees, phase, priority, follows, source, notes, status, createdAt, updatedAt);
    }
}
