package org.observa.persistence.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.observa.domain.party.ResultRow;

/** One row of a results table, at its position in the upload. */
@Entity
@Table(name = "election_result_row")
@IdClass(ResultRowEntity.Key.class)
public class ResultRowEntity {

    /** The primary key: the table and the row's position in it. */
    public static class Key implements Serializable {

        String electionId;
        Integer position;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(electionId, key.electionId)
                    && Objects.equals(position, key.position);
        }

        @Override
        public int hashCode() {
            return Objects.hash(electionId, position);
        }
    }

    @Id
    @Column(name = "election_id")
    String electionId;

    @Id
    Integer position;

    @Column(name = "participation_id")
    UUID participationId;

    @Column(name = "party_id")
    UUID partyId;

    @Column(name = "division_id")
    String divisionId;

    Long votes;

    Integer seats;

    static ResultRowEntity from(String electionId, int position, ResultRow row) {
        ResultRowEntity entity = new ResultRowEntity();
        entity.electionId = electionId;
        entity.position = position;
        entity.participationId = row.participationId();
        entity.partyId = row.partyId();
        entity.divisionId = row.divisionId();
        entity.votes = row.votes();
        entity.seats = row.seats();
        return entity;
    }

    ResultRow toDomain() {
        return new ResultRow(participationId, partyId, divisionId, votes, seats);
    }
}
