package org.observa.domain.registry;

/** The anomalies {@link AnomalyRules} looks for, each with the severity it always has. */
public enum AnomalyCode {
    REGISTERED_EXCEEDS_VOTING_AGE_POPULATION(AnomalySeverity.CRITICAL),
    BALLOTS_EXCEED_REGISTERED(AnomalySeverity.CRITICAL),
    UNACCOUNTED_BALLOTS(AnomalySeverity.WARNING),
    REGISTRY_SHRINKS_WHILE_POPULATION_GROWS(AnomalySeverity.WARNING),
    SUDDEN_REGISTRY_GROWTH(AnomalySeverity.WARNING),
    PROVINCES_DO_NOT_SUM_TO_COUNTRY(AnomalySeverity.INFO);

    private final AnomalySeverity severity;

    AnomalyCode(AnomalySeverity severity) {
        this.severity = severity;
    }

    public AnomalySeverity severity() {
        return severity;
    }
}
