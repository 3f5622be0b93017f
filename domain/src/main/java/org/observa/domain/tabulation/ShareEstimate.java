package org.observa.domain.tabulation;

/**
 * An estimated proportion with its 95 % margin of error: the interval is estimate ± margin. {@code official}, the
 * officially announced value, is null when unknown; {@code officialInside} whether it lies in the interval.
 */
public record ShareEstimate(double estimate, double margin, Double official, Boolean officialInside) {

    public double low() {
        return estimate - margin;
    }

    public double high() {
        return estimate + margin;
    }

    public ShareEstimate withOfficial(Double officialShare) {
        return new ShareEstimate(estimate, margin, officialShare,
                officialShare == null ? null : officialShare >= low() && officialShare <= high());
    }
}
