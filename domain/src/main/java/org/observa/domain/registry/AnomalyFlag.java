package org.observa.domain.registry;

import java.util.Comparator;

/** One anomaly found in a snapshot, with an English sentence that gives the figures behind it. */
public record AnomalyFlag(AnomalyCode code, String message) {

    /** Most severe first, then in the order the codes are declared. */
    public static final Comparator<AnomalyFlag> MOST_SEVERE_FIRST = Comparator
            .comparing(AnomalyFlag::severity, Comparator.reverseOrder())
            .thenComparing(AnomalyFlag::code);

    public AnomalySeverity severity() {
        return code.severity();
    }
}
