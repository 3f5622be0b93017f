package org.observa.domain.tabulation;

import java.util.Map;
import java.util.UUID;

/**
 * What a sample says so far: how many of its stations have reported, and — once every stratum has enough reports
 * ({@code estimated}) — each participation's estimated share of the valid votes and the turnout, with 95 % margins
 * and the official figures beside them. Before that, no estimate: too few reports would mislead.
 */
public record SampleEstimate(UUID sampleId, String electionId, int sampled, int reported, boolean estimated,
                             String reason, Map<UUID, ShareEstimate> shares, ShareEstimate turnout) {

    public SampleEstimate {
        shares = shares == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shares));
    }
}
