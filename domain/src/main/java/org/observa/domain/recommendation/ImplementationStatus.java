package org.observa.domain.recommendation;

/**
 * How far a recommendation has been implemented, on the scale international observers use.
 * {@code NOT_ASSESSED} is what a recommendation without assessments stands at; no assessment states it.
 */
public enum ImplementationStatus {
    NOT_ASSESSED,
    NOT_IMPLEMENTED,
    PARTIALLY_IMPLEMENTED,
    MOSTLY_IMPLEMENTED,
    FULLY_IMPLEMENTED,
    NO_LONGER_RELEVANT
}
