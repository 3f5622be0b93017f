package org.observa.persistence.tabulation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.observa.domain.tabulation.StationResult;

@Entity
@Table(name = "station_result")
public class StationResultEntity {

    @Id
    @Column(name = "station_id")
    UUID stationId;

    @Column(name = "election_id")
    String electionId;

    @Column(name = "division_id")
    String divisionId;

    @Embedded
    FigureColumns figures;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static StationResultEntity from(StationResult result) {
        StationResultEntity entity = new StationResultEntity();
        entity.stationId = result.stationId();
        entity.electionId = result.electionId();
        entity.divisionId = result.divisionId();
        entity.createdAt = result.createdAt();
        entity.copyChangeableFields(result);
        return entity;
    }

    void copyChangeableFields(StationResult r) {
        figures = FigureColumns.of(r.figures());
        updatedAt = r.updatedAt();
    }

    StationResult toDomain() {
        return new StationResult(stationId, electionId, divisionId,
                figures.toDomain(), createdAt, updatedAt);
    }
}
