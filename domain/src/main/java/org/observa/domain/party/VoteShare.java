package org.observa.domain.party;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A vote share is the votes of a party as a percentage of the valid votes of the area, rounded half-up to
 * one decimal (82.3), the precision election management bodies publish shares in.
 */
public final class VoteShare {

    public static final int DECIMALS = 1;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private VoteShare() {
    }

    /** {@code votes} as a percentage of {@code validVotes}; null when there are no valid votes to share. */
    public static BigDecimal of(long votes, long validVotes) {
        if (validVotes <= 0) {
            return null;
        }
        return BigDecimal.valueOf(votes).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(validVotes), DECIMALS, RoundingMode.HALF_UP);
    }
}
