package org.observa.domain.recommendation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A group's share of all recommendations as a percentage rounded half-up to two decimals (33.33), like
 * every ratio the API derives, so that a chart's labels can be printed as they come.
 */
public final class Share {

    public static final int DECIMALS = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Share() {
    }

    /** {@code part} as a percentage of {@code whole}; null when there is nothing to share (the whole is 0). */
    public static BigDecimal percentOf(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), DECIMALS, RoundingMode.HALF_UP);
    }
}
