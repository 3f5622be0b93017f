package org.observa.domain.registry;

/** How much an anomaly calls for attention, least first. */
public enum AnomalySeverity {
    /** Worth knowing; often explained by how the figures were compiled. */
    INFO,
    /** A pattern that needs an explanation. */
    WARNING,
    /** Figures that cannot all be right. */
    CRITICAL
}
