package org.observa.domain.tabulation;

/** How a sample's stations were chosen. */
public enum SampleMethod {
    /** Drawn by the API from the mission's seed: stratified by province, sizes proportional to registered voters (see SampleDraw). */
    STRATIFIED_RANDOM,
    /** Listed by the mission, which drew them itself. */
    LIST
}
