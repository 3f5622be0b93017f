package org.observa.domain.recommendation;

import java.math.BigDecimal;

/** A group of the recommendation statistics: its count and its share of all recommendations, in percent. */
public record StatsGroup(String key, long count, BigDecimal share) {
}
