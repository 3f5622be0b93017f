package org.observa.domain.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observa.domain.registry.Snapshots.figures;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnomalyRulesTest {

    /** Cambodia's 2023 figures (NEC): consistent, so they raise no flag on their own. */
    private static final RegistryFigures CAMBODIA_2023 =
            figures(null, 10_876_630L, 9_710_655L, 8_214_430L, 7_774_276L, 440_154L);

    private static List<AnomalyCode> codes(List<AnomalyFlag> flags) {
        return flags.stream().map(AnomalyFlag::code).toList();
    }

    private static List<AnomalyFlag> alone(RegistryFigures figures) {
        return AnomalyRules.check(Snapshots.of("KH", "2023-07-23", figures), null, List.of());
    }

    private static List<AnomalyFlag> after(RegistryFigures before, String beforeDate, RegistryFigures now, String nowDate) {
        return AnomalyRules.check(Snapshots.of("KH", nowDate, now), Snapshots.of("KH", beforeDate, before), List.of());
    }

    @Test
    void consistentFiguresRaiseNoFlag() {
        assertThat(alone(CAMBODIA_2023)).isEmpty();
    }

    @Nested
    class RegisteredExceedsVotingAgePopulation {

        @Test
        void aRollLargerThanTheAdultPopulationIsCritical() {
            List<AnomalyFlag> flags = alone(figures(null, 9_800_000L, 9_900_000L, null, null, null));
            assertThat(flags).singleElement().satisfies(flag -> {
                assertThat(flag.code()).isEqualTo(AnomalyCode.REGISTERED_EXCEEDS_VOTING_AGE_POPULATION);
                assertThat(flag.severity()).isEqualTo(AnomalySeverity.CRITICAL);
                assertThat(flag.message()).startsWith(
                        "9,900,000 registered voters are more than the voting-age population of 9,800,000 (101.02 %)");
            });
        }

        @Test
        void aRollAsLargeAsTheAdultPopulationIsNotFlagged() {
            assertThat(alone(figures(null, 9_800_000L, 9_800_000L, null, null, null))).isEmpty();
        }
    }

    @Nested
    class BallotsExceedRegistered {

        @Test
        void moreBallotsThanVotersIsCritical() {
            List<AnomalyFlag> flags = alone(figures(null, null, 8_200_000L, 8_300_000L, null, null));
            assertThat(flags).singleElement().satisfies(flag -> {
                assertThat(flag.code()).isEqualTo(AnomalyCode.BALLOTS_EXCEED_REGISTERED);
                assertThat(flag.severity()).isEqualTo(AnomalySeverity.CRITICAL);
                assertThat(flag.message()).isEqualTo(
                        "8,300,000 ballots were cast but only 8,200,000 voters were registered (turnout 101.22 %).");
            });
        }

        @Test
        void aFullTurnoutIsNotFlagged() {
            assertThat(alone(figures(null, null, 8_200_000L, 8_200_000L, null, null))).isEmpty();
        }
    }

    @Nested
    class UnaccountedBallots {

        @Test
        void ballotsNeitherValidNorInvalidAreAWarning() {
            List<AnomalyFlag> flags = alone(figures(null, null, null, 8_214_430L, 7_774_276L, 440_000L));
            assertThat(flags).singleElement().satisfies(flag -> {
                assertThat(flag.code()).isEqualTo(AnomalyCode.UNACCOUNTED_BALLOTS);
                assertThat(flag.severity()).isEqualTo(AnomalySeverity.WARNING);
                assertThat(flag.message()).isEqualTo("Of 8,214,430 ballots cast, only 8,214,276 are counted as valid"
                        + " (7,774,276) or invalid (440,000): 154 ballots are unaccounted for.");
            });
        }

        @Test
        void withoutTheInvalidBallotsNothingCanBeSaid() {
            assertThat(alone(figures(null, null, null, 8_214_430L, 7_774_276L, null))).isEmpty();
        }
    }

    @Nested
    class RegistryShrinksWhilePopulationGrows {

        private static final RegistryFigures Y2013 = figures(14_680_000L, null, 9_680_000L, null, null, null);

        @Test
        void cambodiaFrom2013To2018() {
            List<AnomalyFlag> flags = after(Y2013, "2013-07-28",
                    figures(16_030_000L, null, 8_380_000L, null, null, null), "2018-07-29");
            assertThat(flags).singleElement().satisfies(flag -> {
                assertThat(flag.code()).isEqualTo(AnomalyCode.REGISTRY_SHRINKS_WHILE_POPULATION_GROWS);
                assertThat(flag.severity()).isEqualTo(AnomalySeverity.WARNING);
                assertThat(flag.message()).startsWith("Registered voters fell by 1,300,000 (13.43 %) since 2013-07-28"
                        + " while the population grew by 1,350,000 (9.20 %)");
            });
        }

        @Test
        void aFallOfAtMostFivePercentIsNotFlagged() {
            assertThat(after(Y2013, "2013-07-28", figures(16_030_000L, null, 9_196_000L, null, null, null), "2018-07-29"))
                    .isEmpty();
            assertThat(codes(after(Y2013, "2013-07-28", figures(16_030_000L, null, 9_195_999L, null, null, null), "2018-07-29")))
                    .containsExactly(AnomalyCode.REGISTRY_SHRINKS_WHILE_POPULATION_GROWS);
        }

        @Test
        void aRollThatShrinksWithThePopulationIsNotFlagged() {
            assertThat(after(Y2013, "2013-07-28", figures(14_000_000L, null, 8_380_000L, null, null, null), "2018-07-29"))
                    .isEmpty();
        }

        @Test
        void withoutBothPopulationsNothingCanBeSaid() {
            assertThat(after(Y2013, "2013-07-28", figures(null, null, 8_380_000L, null, null, null), "2018-07-29"))
                    .isEmpty();
        }
    }

    @Nested
    class SuddenRegistryGrowth {

        private static final RegistryFigures Y2018 = figures(null, null, 8_380_000L, null, null, null);

        @Test
        void moreThanTenPercentInAYearIsAWarning() {
            List<AnomalyFlag> flags = after(Y2018, "2018-07-29", figures(null, null, 9_300_000L, null, null, null), "2019-07-29");
            assertThat(flags).singleElement().satisfies(flag -> {
                assertThat(flag.code()).isEqualTo(AnomalyCode.SUDDEN_REGISTRY_GROWTH);
                assertThat(flag.severity()).isEqualTo(AnomalySeverity.WARNING);
                assertThat(flag.message()).startsWith("Registered voters grew by 920,000 (10.98 %) in 1.0 years since 2018-07-29");
            });
        }

        @Test
        void aGapShorterThanAYearCountsAsAYear() {
            assertThat(after(Y2018, "2018-07-29", figures(null, null, 9_200_000L, null, null, null), "2018-10-29")).isEmpty();
        }

        @Test
        void theAllowanceGrowsWithTheYearsBetweenSnapshots() {
            // Cambodia 2018 -> 2022 commune elections: +9.85 % in almost four years.
            assertThat(after(Y2018, "2018-07-29", figures(null, null, 9_205_681L, null, null, null), "2022-06-05")).isEmpty();
            assertThat(codes(after(Y2018, "2018-07-29", figures(null, null, 11_900_000L, null, null, null), "2021-07-29")))
                    .containsExactly(AnomalyCode.SUDDEN_REGISTRY_GROWTH);
        }
    }

    @Nested
    class ProvincesDoNotSumToCountry {

        private static final String DATE = "2023-07-23";

        private static List<RegistrySnapshot> provinces(long... registered) {
            return java.util.stream.IntStream.range(0, registered.length)
                    .mapToObj(i -> Snapshots.of("KH-" + (i + 1), DATE, figures(null, null, registered[i], null, null, null)))
                    .toList();
        }

        private static List<AnomalyFlag> country(long registered, List<RegistrySnapshot> provinces) {
            return AnomalyRules.check(Snapshots.of("KH", DATE, figures(null, null, registered, null, null, null)), null,
                    provinces);
        }

        @Test
        void provincesThatAddUpToMoreThanOnePercentOffAreFlagged() {
            List<AnomalyFlag> flags = country(9_710_655L, provinces(5_000_000L, 4_600_000L));
            assertThat(flags).singleElement().satisfies(flag -> {
                assertThat(flag.code()).isEqualTo(AnomalyCode.PROVINCES_DO_NOT_SUM_TO_COUNTRY);
                assertThat(flag.severity()).isEqualTo(AnomalySeverity.INFO);
                assertThat(flag.message()).isEqualTo("The snapshots of all 2 provinces on 2023-07-23 from the same source"
                        + " add up to other figures than the country's, beyond the 1 % tolerance: 9,600,000 registered"
                        + " voters against the country's 9,710,655, 110,655 (1.14 %) fewer.");
            });
        }

        @Test
        void provincesWithinOnePercentAreNotFlagged() {
            assertThat(country(9_710_655L, provinces(5_000_000L, 4_700_000L))).isEmpty();
        }

        @Test
        void aFigureSomeProvinceLacksIsNotCompared() {
            List<RegistrySnapshot> provinces = List.of(
                    Snapshots.of("KH-1", DATE, figures(null, null, 1L, null, null, null)),
                    Snapshots.of("KH-2", DATE, figures(null, null, null, null, null, null)));
            assertThat(country(9_710_655L, provinces)).isEmpty();
        }
    }

    @Test
    void flagsComeMostSevereFirst() {
        List<AnomalyFlag> flags = alone(figures(null, 9_000_000L, 9_100_000L, 9_200_000L, 9_000_000L, 100_000L));
        assertThat(codes(flags)).containsExactly(AnomalyCode.REGISTERED_EXCEEDS_VOTING_AGE_POPULATION,
                AnomalyCode.BALLOTS_EXCEED_REGISTERED, AnomalyCode.UNACCOUNTED_BALLOTS);
    }
}
