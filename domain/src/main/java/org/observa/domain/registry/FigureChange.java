package org.observa.domain.registry;

import java.math.BigDecimal;

/**
 * How one figure moved between two snapshots: the difference, and the difference as a percentage of the
 * earlier value (null when that was 0).
 */
public record FigureChange(long absolute, BigDecimal percent) {

    /** Null unless both values are known. */
    public static FigureChange between(Long earlier, Long later) {
        if (earlier == null || later == null) {
            return null;
        }
        long difference = later - earlier;
        return new FigureChange(difference, Percent.of(difference, earlier));
    }
}
