package org.observa.domain.registry;

/**
 * The counts of one snapshot, each as its source gives it: null when the source does not give it (never
 * 0, which would be a claim that there were none).
 */
public record RegistryFigures(
        Long population,
        Long votingAgePopulation,
        Long registeredVoters,
        Long ballotsCast,
        Long validBallots,
        Long invalidBallots) {

    public static final RegistryFigures NONE = new RegistryFigures(null, null, null, null, null, null);
}
