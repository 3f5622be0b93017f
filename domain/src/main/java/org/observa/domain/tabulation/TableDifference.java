package org.observa.domain.tabulation;

import java.util.UUID;

/**
 * A figure on which the stations' sum and the results table disagree: the valid or invalid votes, the registered
 * voters ({@code participationId} null, {@code figure} names it) or one participation's votes.
 */
public record TableDifference(String figure, UUID participationId, long stations, long table) {

    public long difference() {
        return stations - table;
    }
}
