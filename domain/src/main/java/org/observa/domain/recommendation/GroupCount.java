package org.observa.domain.recommendation;

/** How many recommendations fall in one group: a status, a phase, an addressee kind or a mission's id. */
public record GroupCount(String key, long count) {
}
