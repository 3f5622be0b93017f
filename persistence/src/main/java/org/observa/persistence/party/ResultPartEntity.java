package org.observa.persistence.party;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.util.Objects;

/** A part of an election's results table (a row or an area's totals), kept at its position in the upload. */
@MappedSuperclass
abstract class ResultPartEntity {

    /** The primary key: the table and the part's position in it. */
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

    void place(String electionId, int position, String divisionId) {
        this.electionId = electionId;
        this.position = position;
        this.divisionId = divisionId;
    }
}
