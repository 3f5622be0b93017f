package org.observa.domain.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The arithmetic of the derived indicators, over figures drawn at random (jqwik properties; named *Test so
 * that surefire picks them up, and run by its JUnit Platform provider next to the Jupiter tests).
 */
class RegistryIndicatorsPropertiesTest {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static Arbitrary<Long> countUpTo(long max) {
        return Arbitraries.longs().between(0, max);
    }

    /** Figures as they are in a sound election: each count within the one it is part of, every ballot counted. */
    @Provide
    Arbitrary<RegistryFigures> consistentFigures() {
        return count().flatMap(population -> countUpTo(population)
                .flatMap(votingAge -> countUpTo(votingAge)
                        .flatMap(registered -> countUpTo(registered)
                                .flatMap(ballots -> countUpTo(ballots)
                                        .map(valid -> new RegistryFigures(population, votingAge, registered, ballots,
                                                valid, ballots - valid))))));
    }

    /** Any figures, each possibly unknown. */
    @Provide
    Arbitrary<RegistryFigures> anyFigures() {
        Arbitrary<Long> maybe = count().injectNull(0.3);
        return Combinators.combine(maybe, maybe, maybe, maybe, maybe, maybe).as(RegistryFigures::new);
    }

    @Property
    void ratesStayWithinZeroAndOneHundredWhenFiguresAreConsistent(@ForAll("consistentFigures") RegistryFigures figures) {
        RegistryIndicators indicators = RegistryIndicators.of(figures);
        for (BigDecimal rate : java.util.Arrays.asList(indicators.registrationRateOfVotingAgePopulation(),
                indicators.registrationRateOfPopulation(), indicators.turnout(), indicators.invalidShare())) {
            if (rate != null) {
                assertThat(rate).isBetween(BigDecimal.ZERO, HUNDRED);
                assertThat(rate.scale()).isEqualTo(Percent.DECIMALS);
            }
        }
    }

    @Property
    void consistentFiguresRaiseNoFlagOnTheirOwn(@ForAll("consistentFigures") RegistryFigures figures) {
        assertThat(AnomalyRules.check(Snapshots.of("KH", "2023-07-23", figures), null, List.of())).isEmpty();
    }

    @Property
    void anIndicatorIsAbsentExactlyWhenAFigureItNeedsIsAbsentOrZero(@ForAll("anyFigures") RegistryFigures f) {
        RegistryIndicators indicators = RegistryIndicators.of(f);
        assertThat(indicators.registrationRateOfVotingAgePopulation() == null)
                .isEqualTo(f.registeredVoters() == null || isAbsentOrZero(f.votingAgePopulation()));
        assertThat(indicators.registrationRateOfPopulation() == null)
                .isEqualTo(f.registeredVoters() == null || isAbsentOrZero(f.population()));
        assertThat(indicators.turnout() == null).isEqualTo(f.ballotsCast() == null || isAbsentOrZero(f.registeredVoters()));
        assertThat(indicators.invalidShare() == null).isEqualTo(f.invalidBallots() == null || isAbsentOrZero(f.ballotsCast()));
    }

    @Property
    void aChangeBackIsTheOppositeChange(@ForAll("count") Long earlier, @ForAll("count") Long later) {
        FigureChange forth = FigureChange.between(earlier, later);
        FigureChange back = FigureChange.between(later, earlier);
        assertThat(back.absolute()).isEqualTo(-forth.absolute());
        if (forth.percent() != null && back.percent() != null) {
            assertThat(back.percent().signum()).isEqualTo(-forth.percent().signum());
        }
    }

    @Property
    void aFigureEitherSnapshotLacksHasNoChange(@ForAll("anyFigures") RegistryFigures before,
                                               @ForAll("anyFigures") RegistryFigures after) {
        SnapshotChange change = SnapshotChange.between(Snapshots.of("KH", "2018-07-29", before),
                Snapshots.of("KH", "2023-07-23", after));
        for (RegistryFigure figure : RegistryFigure.values()) {
            boolean bothKnown = figure.of(before) != null && figure.of(after) != null;
            assertThat(change.of(figure) != null).as(figure.field()).isEqualTo(bothKnown);
        }
    }

    @Provide
    Arbitrary<Long> count() {
        return countUpTo(RegistrySnapshotService.MAX_COUNT);
    }

    private static boolean isAbsentOrZero(Long figure) {
        return figure == null || figure == 0;
    }
}
