package org.observa.domain.recommendation;

import org.observa.domain.shared.Source;

/** Where a recommendation is published: the source (usually the mission's report) and the page in it. */
public record RecommendationSource(Source source, String page) {
}
