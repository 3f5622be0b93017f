package org.observa.persistence.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.observa.domain.party.ResultTotal;

/** One area's totals in a results table, at their position in the upload. */
@Entity
@Table(name = "election_result_total")
@IdClass(ResultPartEntity.Key.class)
public class ResultTotalEntity extends ResultPartEntity {

    @Column(name = "valid_votes")
    Long validVotes;

    @Column(name = "invalid_votes")
    Long invalidVotes;

    @Column(name = "registered_voters")
    Long registeredVoters;

    static ResultTotalEntity from(String electionId, int position, ResultTotal total) {
        ResultTotalEntity entity = new ResultTotalEntity();
        entity.place(electionId, position, total.divisionId());
        entity.validVotes = total.validVotes();
        entity.invalidVotes = total.invalidVotes();
        entity.registeredVoters = total.registeredVoters();
        return entity;
    }

    ResultTotal toDomain() {
        return new ResultTotal(divisionId, validVotes, invalidVotes, registeredVoters);
    }
}
