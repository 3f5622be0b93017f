package org.observa.domain.tabulation;

import java.util.List;

/**
 * One stratum (a province) of a sample: how many stations it has in the election ({@code stations}, N_h), how many
 * of them the sample drew ({@code sampled}), and the counts of those that have reported so far.
 */
public record StratumReports(String stratum, long stations, int sampled, List<StationCount> reported) {

    public StratumReports {
        reported = List.copyOf(reported);
    }

    /** N_h / n_h: how many of the stratum's stations each reporting station stands for. */
    public double weight() {
        return (double) stations / reported.size();
    }
}
