package org.observa.domain.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Every ratio the registry derives is a percentage rounded half-up to two decimals (84.59), the way its
 * sources publish them, so that a derived figure can be read against a published one digit for digit.
 */
public final class Percent {

    public static final int DECIMALS = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** {@code part} as a percentage of {@code whole}; null when either is unknown or the whole is 0. */
    public static BigDecimal of(Long part, Long whole) {
        if (part == null || whole == null || whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), DECIMALS, RoundingMode.HALF_UP);
    }
}
