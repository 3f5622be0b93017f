package org.observa.persistence.tabulation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.observa.domain.tabulation.PartyVotes;
import org.observa.domain.tabulation.ResultFigures;
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

    @Column(name = "registered_voters")
    Long registeredVoters;

    @Column(name = "ballots_cast")
    Long ballotsCast;

    @Column(name = "valid_votes")
    Long validVotes;

    @Column(name = "invalid_votes")
    Long invalidVotes;

    @JdbcTypeCode(SqlTypes.JSON)
    List<PartyVotes> votes;

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
        ResultFigures f = r.figures();
        registeredVoters = f.registeredVoters();
        ballotsCast = f.ballotsCast();
        validVotes = f.validVotes();
        invalidVotes = f.invalidVotes();
        votes = StoredFigures.sorted(f.votes());
        updatedAt = r.updatedAt();
    }

    StationResult toDomain() {
        return new StationResult(stationId, electionId, divisionId,
                new ResultFigures(registeredVoters, ballotsCast, validVotes, invalidVotes, votes), createdAt, updatedAt);
    }
}
