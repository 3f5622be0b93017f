package org.observa.persistence.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;
import org.observa.domain.party.ResultRow;

/** One row of a results table, at its position in the upload. */
@Entity
@Table(name = "election_result_row")
@IdClass(ResultPartEntity.Key.class)
public class ResultRowEntity extends ResultPartEntity {

    @Column(name = "participation_id")
    UUID participationId;

    @Column(name = "party_id")
    UUID partyId;

    Long votes;

    Integer seats;

    static ResultRowEntity from(String electionId, int position, ResultRow row) {
        ResultRowEntity entity = new ResultRowEntity();
        entity.place(electionId, position, row.divisionId());
        entity.participationId = row.participationId();
        entity.partyId = row.partyId();
        entity.votes = row.votes();
        entity.seats = row.seats();
        return entity;
    }

    ResultRow toDomain() {
        return new ResultRow(participationId, partyId, divisionId, votes, seats);
    }
}
