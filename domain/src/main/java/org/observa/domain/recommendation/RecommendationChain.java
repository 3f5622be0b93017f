package org.observa.domain.recommendation;

import java.util.List;
import java.util.UUID;

/**
 * The history of one reform across missions: a recommendation, everything it follows and everything that
 * follows it, oldest first.
 */
public record RecommendationChain(UUID recommendationId, List<ChainLink> links) {

    public RecommendationChain {
        links = List.copyOf(links);
    }
}
