package org.observa.domain.tabulation;

import java.util.UUID;

/**
 * A figure on which an observed result sheet and the official station result disagree: a total, named by
 * {@code figure}, or the votes of one participation ({@code figure} "votes").
 */
public record FigureDifference(String figure, UUID participationId, long observed, long official) {

    public long difference() {
        return observed - official;
    }
}
