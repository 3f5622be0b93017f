package org.observa.domain.recommendation;

/** What the recommendation statistics of a country are counted by. */
public enum StatsGrouping {
    STATUS,
    PHASE,
    ADDRESSEE,
    MISSION
}
