package org.observa.persistence.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.observa.domain.registry.RegistryFigures;
import org.observa.domain.registry.RegistrySnapshot;
import org.observa.domain.shared.Source;

@Entity
@Table(name = "registry_snapshot")
public class RegistrySnapshotEntity {

    @Id
    UUID id;

    @Column(name = "division_id")
    String divisionId;

    @Column(name = "country_id")
    String countryId;

    @Column(name = "reference_date")
    LocalDate referenceDate;

    @Column(name = "election_id")
    String electionId;

    Long population;

    @Column(name = "voting_age_population")
    Long votingAgePopulation;

    @Column(name = "registered_voters")
    Long registeredVoters;

    @Column(name = "ballots_cast")
    Long ballotsCast;

    @Column(name = "valid_ballots")
    Long validBallots;

    @Column(name = "invalid_ballots")
    Long invalidBallots;

    // The source in columns of its own: its citation is part of the snapshot's natural key.
    @Column(name = "source_citation")
    String sourceCitation;

    @Column(name = "source_url")
    String sourceUrl;

    @Column(name = "source_published_on")
    LocalDate sourcePublishedOn;

    @Column(name = "source_retrieved_on")
    LocalDate sourceRetrievedOn;

    String notes;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static RegistrySnapshotEntity from(RegistrySnapshot snapshot) {
        RegistrySnapshotEntity entity = new RegistrySnapshotEntity();
        entity.id = snapshot.id();
        entity.createdAt = snapshot.createdAt();
        entity.copyChangeableFields(snapshot);
        return entity;
    }

    void copyChangeableFields(RegistrySnapshot s) {
        divisionId = s.divisionId();
        countryId = s.countryId();
        referenceDate = s.referenceDate();
        electionId = s.electionId();
        RegistryFigures f = s.figures();
        population = f.population();
        votingAgePopulation = f.votingAgePopulation();
        registeredVoters = f.registeredVoters();
        ballotsCast = f.ballotsCast();
        validBallots = f.validBallots();
        invalidBallots = f.invalidBallots();
        sourceCitation = s.source().citation();
        sourceUrl = s.source().url();
        sourcePublishedOn = s.source().publishedOn();
        sourceRetrievedOn = s.source().retrievedOn();
        notes = s.notes();
        updatedAt = s.updatedAt();
    }

    RegistrySnapshot toDomain() {
        return new RegistrySnapshot(id, divisionId, referenceDate, electionId,
                new RegistryFigures(population, votingAgePopulation, registeredVoters, ballotsCast, validBallots,
                        invalidBallots),
                new Source(sourceCitation, sourceUrl, sourcePublishedOn, sourceRetrievedOn), notes, createdAt, updatedAt);
    }
}
