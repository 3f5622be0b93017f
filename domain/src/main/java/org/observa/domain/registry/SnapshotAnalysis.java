package org.observa.domain.registry;

import java.util.List;

/**
 * A snapshot with everything the domain derives from it and from the snapshots around it: its ratios, its
 * change against the division's previous snapshot (null if there is none) and its anomalies. Derived on
 * every read, never stored, so it always agrees with the figures it comes from.
 */
public record SnapshotAnalysis(RegistrySnapshot snapshot, RegistryIndicators indicators, SnapshotChange change,
                               List<AnomalyFlag> flags) {

    public SnapshotAnalysis {
        flags = List.copyOf(flags);
    }

    public boolean isFlagged() {
        return !flags.isEmpty();
    }

    /** The severity of the worst flag; null when there is none. */
    public AnomalySeverity worstSeverity() {
        return flags.isEmpty() ? null : flags.get(0).severity();
    }
}
