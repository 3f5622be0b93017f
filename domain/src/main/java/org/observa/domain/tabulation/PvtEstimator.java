package org.observa.domain.tabulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

/**
 * The statistics of a parallel vote tabulation: a stratified sample of stations (strata are provinces; stations,
 * the clusters, drawn by simple random sampling within each) estimates a party's share of the valid votes with the
 * combined ratio estimator
 * <pre>
 *   p̂ = Σ_h (N_h/n_h) Σ_i y_hi  /  Σ_h (N_h/n_h) Σ_i m_hi
 * </pre>
 * (y the party's votes, m the valid votes of station i of stratum h; N_h stations in the stratum, n_h reporting),
 * and its variance by Taylor linearisation, with the finite-population correction (1 − n_h/N_h):
 * <pre>
 *   V(p̂) = Σ_h N_h² (1 − n_h/N_h) s²_h / n_h  /  M̂²,   e_hi = y_hi − p̂ m_hi,   s²_h the sample variance of e_hi,
 *   M̂ = Σ_h (N_h/n_h) Σ_i m_hi
 * </pre>
 * The 95 % margin is 1.96 √V. Turnout is the same ratio of ballots to registered voters, over the stations that
 * give both. Assumptions: stations are drawn at random within strata (so reports missing at random), and a
 * stratum with fewer than two reports has no variance estimate — see {@link #MIN_REPORTS_PER_STRATUM}.
 */
public final class PvtEstimator {

    /** z for a two-sided 95 % interval. */
    public static final double Z_95 = 1.959963984540054;
    /** Reports a stratum needs before its variance can be estimated (or all of its sample, if smaller). */
    public static final int MIN_REPORTS_PER_STRATUM = 2;

    private PvtEstimator() {
    }

    /** Whether every stratum has enough reports for an estimate with a margin of error. */
    public static boolean enoughReports(List<StratumReports> strata) {
        return !strata.isEmpty() && strata.stream().allMatch(s -> !s.reported().isEmpty()
                && s.reported().size() >= Math.min(MIN_REPORTS_PER_STRATUM, s.sampled()));
    }

    /** Each participation's estimated share of the valid votes, by participation id. */
    public static Map<UUID, ShareEstimate> shares(List<StratumReports> strata, List<UUID> participations) {
        Map<UUID, ShareEstimate> shares = new LinkedHashMap<>();
        for (UUID participation : participations) {
            shares.put(participation, ratio(strata, c -> c.votesOf(participation), StationCount::validVotes));
        }
        return shares;
    }

    /** Ballots over registered voters, over the reporting stations that give both; null when none does. */
    public static ShareEstimate turnout(List<StratumReports> strata) {
        List<StratumReports> giving = strata.stream().map(s -> new StratumReports(s.stratum(), s.stations(), s.sampled(),
                        s.reported().stream().filter(c -> c.ballots() != null && c.registeredVoters() != null).toList()))
                .filter(s -> !s.reported().isEmpty()).toList();
        return giving.isEmpty() ? null : ratio(giving, c -> c.ballots(), c -> c.registeredVoters());
    }

    /** The combined ratio estimate Σ w y / Σ w m with its linearised 95 % margin (see the class comment). */
    static ShareEstimate ratio(List<StratumReports> strata, ToDoubleFunction<StationCount> y,
                               ToDoubleFunction<StationCount> m) {
        double numerator = 0;
        double denominator = 0;
        for (StratumReports stratum : strata) {
            for (StationCount count : stratum.reported()) {
                numerator += stratum.weight() * y.applyAsDouble(count);
                denominator += stratum.weight() * m.applyAsDouble(count);
            }
        }
        if (denominator == 0) {
            return new ShareEstimate(0, 0, null, null);
        }
        double estimate = numerator / denominator;
        double variance = 0;
        for (StratumReports stratum : strata) {
            int n = stratum.reported().size();
            if (n < 2) {
                continue;
            }
            double[] residuals = stratum.reported().stream()
                    .mapToDouble(c -> y.applyAsDouble(c) - estimate * m.applyAsDouble(c)).toArray();
            double mean = java.util.Arrays.stream(residuals).average().orElse(0);
            double s2 = java.util.Arrays.stream(residuals).map(e -> (e - mean) * (e - mean)).sum() / (n - 1);
            double populationShare = Math.min(1.0, (double) n / stratum.stations());
            variance += (double) stratum.stations() * stratum.stations() * (1 - populationShare) * s2 / n;
        }
        variance /= denominator * denominator;
        return new ShareEstimate(estimate, Z_95 * Math.sqrt(variance), null, null);
    }
}
