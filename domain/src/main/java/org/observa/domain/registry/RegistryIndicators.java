package org.observa.domain.registry;

import java.math.BigDecimal;

/**
 * The ratios derived from one snapshot's own figures, as percentages (see {@link Percent}). Each is null
 * when a figure it needs is missing or 0: an indicator that cannot be computed is absent, never 0.
 */
public record RegistryIndicators(
        BigDecimal registrationRateOfVotingAgePopulation,
        BigDecimal registrationRateOfPopulation,
        BigDecimal turnout,
        BigDecimal invalidShare) {

    public static RegistryIndicators of(RegistryFigures f) {
        return new RegistryIndicators(
                Percent.of(f.registeredVoters(), f.votingAgePopulation()),
                Percent.of(f.registeredVoters(), f.population()),
                Percent.of(f.ballotsCast(), f.registeredVoters()),
                Percent.of(f.invalidBallots(), f.ballotsCast()));
    }
}
