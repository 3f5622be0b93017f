package org.observa.domain.pollingstation;

/** How often one checklist question was answered YES and NO (NOT_APPLICABLE and no answer are not counted). */
public record AnswerCounts(long yes, long no) {
}
