package org.observa.domain.registry;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checks an analyst runs by hand on registry figures. Each rule needs certain figures; when one is
 * missing the rule stays silent rather than guess. The thresholds are published in the contract (the
 * AnomalyCode schema): change them there too.
 */
public final class AnomalyRules {

    /** Registered voters falling by more than this share while the population grows. */
    public static final int SHRINK_THRESHOLD_PERCENT = 5;

    /** Registered voters growing by more than this share per year between snapshots (a shorter gap counts as a year). */
    public static final int GROWTH_THRESHOLD_PERCENT_PER_YEAR = 10;

    /** How far the provinces' sum may be from the country's figure, as a share of the country's figure. */
    public static final int PROVINCE_SUM_TOLERANCE_PERCENT = 1;

    private static final double DAYS_PER_YEAR = 365.25;

    private AnomalyRules() {
    }

    /**
     * The anomalies of {@code snapshot}, most severe first.
     *
     * @param previous  the division's snapshot before this one, or null if there is none
     * @param provinces the snapshots of every province of the snapshot's country at the same date and from
     *                  the same source; empty unless the snapshot is a country's and every province has one
     */
    public static List<AnomalyFlag> check(RegistrySnapshot snapshot, RegistrySnapshot previous,
                                          List<RegistrySnapshot> provinces) {
        List<AnomalyFlag> flags = new ArrayList<>();
        RegistryFigures figures = snapshot.figures();
        registeredExceedsVotingAgePopulation(figures, flags);
        ballotsExceedRegistered(figures, flags);
        unaccountedBallots(figures, flags);
        if (previous != null) {
            registryShrinksWhilePopulationGrows(previous, snapshot, flags);
            suddenRegistryGrowth(previous, snapshot, flags);
        }
        if (!provinces.isEmpty()) {
            provincesDoNotSumToCountry(snapshot, provinces, flags);
        }
        flags.sort(AnomalyFlag.MOST_SEVERE_FIRST);
        return List.copyOf(flags);
    }

    private static void registeredExceedsVotingAgePopulation(RegistryFigures f, List<AnomalyFlag> flags) {
        if (f.registeredVoters() != null && f.votingAgePopulation() != null
                && f.registeredVoters() > f.votingAgePopulation()) {
            flags.add(new AnomalyFlag(AnomalyCode.REGISTERED_EXCEEDS_VOTING_AGE_POPULATION, String.format(Locale.ENGLISH,
                    "%s registered voters are more than the voting-age population of %s (%s %%): the roll holds people"
                            + " it should not (duplicates, the dead, voters who moved away) or the population estimate is too low.",
                    count(f.registeredVoters()), count(f.votingAgePopulation()),
                    Percent.of(f.registeredVoters(), f.votingAgePopulation()))));
        }
    }

    private static void ballotsExceedRegistered(RegistryFigures f, List<AnomalyFlag> flags) {
        if (f.ballotsCast() != null && f.registeredVoters() != null && f.ballotsCast() > f.registeredVoters()) {
            flags.add(new AnomalyFlag(AnomalyCode.BALLOTS_EXCEED_REGISTERED, String.format(Locale.ENGLISH,
                    "%s ballots were cast but only %s voters were registered (turnout %s %%).",
                    count(f.ballotsCast()), count(f.registeredVoters()), Percent.of(f.ballotsCast(), f.registeredVoters()))));
        }
    }

    private static void unaccountedBallots(RegistryFigures f, List<AnomalyFlag> flags) {
        if (f.ballotsCast() == null || f.validBallots() == null || f.invalidBallots() == null) {
            return;
        }
        long counted = f.validBallots() + f.invalidBallots();
        if (counted < f.ballotsCast()) {
            flags.add(new AnomalyFlag(AnomalyCode.UNACCOUNTED_BALLOTS, String.format(Locale.ENGLISH,
                    "Of %s ballots cast, only %s are counted as valid (%s) or invalid (%s): %s ballots are unaccounted for.",
                    count(f.ballotsCast()), count(counted), count(f.validBallots()), count(f.invalidBallots()),
                    count(f.ballotsCast() - counted))));
        }
    }

    private static void registryShrinksWhilePopulationGrows(RegistrySnapshot previous, RegistrySnapshot current,
                                                            List<AnomalyFlag> flags) {
        FigureChange population = FigureChange.between(previous.figures().population(), current.figures().population());
        FigureChange registered = FigureChange.between(previous.figures().registeredVoters(),
                current.figures().registeredVoters());
        if (population == null || registered == null || population.absolute() <= 0) {
            return;
        }
        long before = previous.figures().registeredVoters();
        if (-registered.absolute() * 100 > SHRINK_THRESHOLD_PERCENT * before) {
            flags.add(new AnomalyFlag(AnomalyCode.REGISTRY_SHRINKS_WHILE_POPULATION_GROWS, String.format(Locale.ENGLISH,
                    "Registered voters fell by %s since %s while the population grew by %s: a roll clean-up (double or"
                            + " dead registrations removed) or eligible voters left off the roll.",
                    amount(registered), previous.referenceDate(), amount(population))));
        }
    }

    private static void suddenRegistryGrowth(RegistrySnapshot previous, RegistrySnapshot current, List<AnomalyFlag> flags) {
        Long before = previous.figures().registeredVoters();
        Long after = current.figures().registeredVoters();
        if (before == null || after == null || before == 0) {
            return;
        }
        double years = ChronoUnit.DAYS.between(previous.referenceDate(), current.referenceDate()) / DAYS_PER_YEAR;
        double growth = (double) (after - before) / before;
        if (growth * 100 > GROWTH_THRESHOLD_PERCENT_PER_YEAR * Math.max(1.0, years)) {
            flags.add(new AnomalyFlag(AnomalyCode.SUDDEN_REGISTRY_GROWTH, String.format(Locale.ENGLISH,
                    "Registered voters grew by %s in %.1f years since %s, faster than the %d %% a year that population"
                            + " growth and young voters coming of age usually explain.",
                    amount(FigureChange.between(before, after)), years, previous.referenceDate(),
                    GROWTH_THRESHOLD_PERCENT_PER_YEAR)));
        }
    }

    private static void provincesDoNotSumToCountry(RegistrySnapshot country, List<RegistrySnapshot> provinces,
                                                   List<AnomalyFlag> flags) {
        List<String> gaps = new ArrayList<>();
        for (RegistryFigure figure : RegistryFigure.values()) {
            Long whole = figure.of(country.figures());
            if (whole == null || provinces.stream().anyMatch(p -> figure.of(p.figures()) == null)) {
                continue;
            }
            long sum = provinces.stream().mapToLong(p -> figure.of(p.figures())).sum();
            if (Math.abs(sum - whole) * 100 > PROVINCE_SUM_TOLERANCE_PERCENT * whole) {
                gaps.add(String.format(Locale.ENGLISH, "%s %s against the country's %s, %s %s", count(sum),
                        figure.label(), count(whole), amount(FigureChange.between(whole, sum)),
                        sum > whole ? "more" : "fewer"));
            }
        }
        if (!gaps.isEmpty()) {
            flags.add(new AnomalyFlag(AnomalyCode.PROVINCES_DO_NOT_SUM_TO_COUNTRY, String.format(Locale.ENGLISH,
                    "The snapshots of all %d provinces on %s from the same source add up to other figures than the"
                            + " country's, beyond the %d %% tolerance: %s.",
                    provinces.size(), country.referenceDate(), PROVINCE_SUM_TOLERANCE_PERCENT, String.join("; ", gaps))));
        }
    }

    private static String count(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    /** The size of a change in prose, "1,300,000 (13.43 %)": the sentence around it says which way it went. */
    private static String amount(FigureChange change) {
        String size = count(Math.abs(change.absolute()));
        return change.percent() == null ? size : size + " (" + change.percent().abs().toPlainString() + " %)";
    }
}
