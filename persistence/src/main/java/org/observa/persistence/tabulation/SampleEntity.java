package org.observa.persistence.tabulation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.observa.domain.tabulation.Sample;
import org.observa.domain.tabulation.SampleMethod;
import org.observa.domain.tabulation.SampleStation;

@Entity
@Table(name = "sample")
public class SampleEntity {

    @Id
    UUID id;

    @Column(name = "mission_id")
    UUID missionId;

    @Column(name = "election_id")
    String electionId;

    @Enumerated(EnumType.STRING)
    SampleMethod method;

    Long seed;

    int size;

    @JdbcTypeCode(SqlTypes.JSON)
    List<SampleStation> stations;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static SampleEntity from(Sample sample) {
        SampleEntity entity = new SampleEntity();
        entity.id = sample.id();
        entity.missionId = sample.missionId();
        entity.electionId = sample.electionId();
        entity.method = sample.method();
        entity.seed = sample.seed();
        entity.size = sample.size();
        entity.stations = sample.stations();
        entity.createdAt = sample.createdAt();
        entity.updatedAt = sample.createdAt();
        return entity;
    }

    Sample toDomain() {
        return new Sample(id, missionId, electionId, method, seed, size, stations, createdAt);
    }
}
