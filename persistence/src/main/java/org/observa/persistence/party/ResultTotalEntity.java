package org.observa.persistence.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.observa.domain.party.ResultTotal;

/** One area's totals in a results table, at their position in the upload. */
@Entity
@Table(name = "election_result_total")
@IdClass(ResultTotalEntity.Key.class)
public class ResultTotalEntity {

    /** The primary key: the table and the total's position in it. */
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

    @Column(name = "division_id")
    String divisionId;

    @Column(name = "valid_votes")
    Long validVotes;

    @Column(name = "invalid_votes")
    Long invalidVotes;

    @Column(name = "registered_voters")
    Long registeredVoters;

    static ResultTotalEntity from(String electionId, int position, ResultTotal total) {
        ResultTotalEntity entity = new ResultTotalEntity();
        entity.electionId = electionId;
        entity.position = position;
        entity.divisionId = total.divisionId();
        entity.validVotes = total.validVotes();
        entity.invalidVotes = total.invalidVotes();
        entity.registeredVoters = total.registeredVoters();
        return entity;
    }

    ResultTotal toDomain() {
        return new ResultTotal(divisionId, validVotes, invalidVotes, registeredVoters);
    }
}
