package org.observa.domain.recommendation;

import java.util.List;

/** A country's recommendations counted by one grouping: the total and each group with its share. */
public record RecommendationStats(String countryId, StatsGrouping grouping, long total, List<StatsGroup> groups) {

    public RecommendationStats {
        groups = List.copyOf(groups);
    }
}
