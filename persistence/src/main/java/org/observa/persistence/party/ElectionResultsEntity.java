package org.observa.persistence.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.observa.domain.party.ElectionResults;
import org.observa.domain.party.ResultRow;
import org.observa.domain.party.ResultTotal;
import org.observa.domain.reference.ResultsStatus;
import org.observa.domain.shared.Source;

/** What a results table says of itself; its rows and totals are entities of their own. */
@Entity
@Table(name = "election_results")
public class ElectionResultsEntity {

    /** The election's id: an election has one results table. */
    @Id
    String id;

    @Enumerated(EnumType.STRING)
    ResultsStatus status;

    @Column(name = "announced_on")
    LocalDate announcedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Source> sources;

    String notes;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static ElectionResultsEntity from(ElectionResults results) {
        ElectionResultsEntity entity = new ElectionResultsEntity();
        entity.id = results.electionId();
        entity.createdAt = results.createdAt();
        entity.copyChangeableFields(results);
        return entity;
    }

    void copyChangeableFields(ElectionResults r) {
        status = r.status();
        announcedOn = r.announcedOn();
        sources = r.sources();
        notes = r.notes();
        updatedAt = r.updatedAt();
    }

    ElectionResults toDomain(List<ResultRow> rows, List<ResultTotal> totals) {
        return new ElectionResults(id, status, announcedOn, sources, notes, rows, totals, createdAt, updatedAt);
    }
}
