package org.observa.persistence.tabulation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Comparator;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.observa.domain.tabulation.PartyVotes;
import org.observa.domain.tabulation.ResultFigures;

/** A result sheet's figures as the columns of an official and an observed result hold them alike. */
@Embeddable
public class FigureColumns {

    /**
     * SQL for the ballots of the sheet in the table aliased {@code alias}, by the rule of ResultFigures.ballots(): the
     * ballots cast as given, else the valid and invalid votes together, else the valid votes.
     */
    static String ballotsSql(String alias) {
        return "coalesce(" + alias + ".ballots_cast, " + alias + ".valid_votes + coalesce(" + alias + ".invalid_votes, 0))";
    }

    @Column(name = "registered_voters")
    Long registeredVoters;

    @Column(name = "ballots_cast")
    Long ballotsCast;

    @Column(name = "valid_votes")
    Long validVotes;

    @Column(name = "invalid_votes")
    Long invalidVotes;

    /** In participation id order, so that equal sheets have equal JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    List<PartyVotes> votes;

    static FigureColumns of(ResultFigures f) {
        FigureColumns columns = new FigureColumns();
        columns.registeredVoters = f.registeredVoters();
        columns.ballotsCast = f.ballotsCast();
        columns.validVotes = f.validVotes();
        columns.invalidVotes = f.invalidVotes();
        columns.votes = f.votes().stream().sorted(Comparator.comparing(PartyVotes::participationId)).toList();
        return columns;
    }

    ResultFigures toDomain() {
        return new ResultFigures(registeredVoters, ballotsCast, validVotes, invalidVotes, votes);
    }
}
