package org.observa.domain.recommendation;

/** How urgent the mission considers a recommendation, when its report says so. */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
