package org.observa.domain.registry;

import java.util.function.Function;

/** The counts a registry snapshot can hold, with the names clients use for them. */
public enum RegistryFigure {
    POPULATION("population", "population", RegistryFigures::population),
    VOTING_AGE_POPULATION("votingAgePopulation", "voting-age population", RegistryFigures::votingAgePopulation),
    REGISTERED_VOTERS("registeredVoters", "registered voters", RegistryFigures::registeredVoters),
    BALLOTS_CAST("ballotsCast", "ballots cast", RegistryFigures::ballotsCast),
    VALID_BALLOTS("validBallots", "valid ballots", RegistryFigures::validBallots),
    INVALID_BALLOTS("invalidBallots", "invalid ballots", RegistryFigures::invalidBallots);

    private final String field;
    private final String label;
    private final Function<RegistryFigures, Long> value;

    RegistryFigure(String field, String label, Function<RegistryFigures, Long> value) {
        this.field = field;
        this.label = label;
        this.value = value;
    }

    /** The property that holds this figure, as errors name it. */
    public String field() {
        return field;
    }

    /** The figure in an English sentence. */
    public String label() {
        return label;
    }

    /** This figure of {@code figures}; null when the source does not give it. */
    public Long of(RegistryFigures figures) {
        return value.apply(figures);
    }
}
