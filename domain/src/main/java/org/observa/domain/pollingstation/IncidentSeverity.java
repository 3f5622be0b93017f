package org.observa.domain.pollingstation;

/** How serious an incident is, from a local irregularity to one that may affect the outcome or people's safety. */
public enum IncidentSeverity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
